namespace CrmTelnyx.Features.TextCenter.Templates;

/// <summary>A saved message text (merge fields and all) that the blast composer and replies can start from.</summary>
public sealed class MessageTemplate
{
    public long Id { get; set; }

    public required string Name { get; set; }

    public required string Text { get; set; }

    public string? MediaUrl { get; set; }

    public string? CreatedBy { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? UpdatedAt { get; set; }
}
