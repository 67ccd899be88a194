namespace CrmTelnyx.Telnyx;

public sealed record CallControlApplication(string Id, string? ApplicationName)
{
    public bool? Active { get; init; }
    public string? WebhookEventUrl { get; init; }
    public string? WebhookEventFailoverUrl { get; init; }
    public DateTimeOffset? CreatedAt { get; init; }
}
