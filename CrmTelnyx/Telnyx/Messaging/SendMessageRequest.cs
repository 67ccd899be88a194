namespace CrmTelnyx.Telnyx;

/// <summary>Body of <c>POST /v2/messages</c>. <see cref="To"/> is one E.164 number or short code.</summary>
public sealed record SendMessageRequest(string From, string To, string? Text)
{
    public string? MessagingProfileId { get; init; }
    public IReadOnlyList<string>? MediaUrls { get; init; }
    public string? Subject { get; init; }
    /// <summary>"SMS" or "MMS".</summary>
    public string? Type { get; init; }
    public string? WebhookUrl { get; init; }
    public string? WebhookFailoverUrl { get; init; }
    public bool? UseProfileWebhooks { get; init; }
    /// <summary>"auto" (default), "gsm7" or "ucs2".</summary>
    public string? Encoding { get; init; }
}
