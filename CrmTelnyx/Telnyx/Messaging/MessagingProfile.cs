namespace CrmTelnyx.Telnyx;

public sealed record MessagingProfile(string Id, string? Name)
{
    public bool? Enabled { get; init; }
    public string? WebhookUrl { get; init; }
    public string? WebhookFailoverUrl { get; init; }
    public DateTimeOffset? CreatedAt { get; init; }
}
