namespace CrmTelnyx.Sandbox.Store;

public sealed class SandboxMessage
{
    public Guid Id { get; set; }
    public required string Direction { get; set; }
    public required string From { get; set; }
    public required string To { get; set; }
    public string Text { get; set; } = "";
    /// <summary>media_urls as sent (or as a contact's MMS came in); empty for an SMS.</summary>
    public string[] MediaUrls { get; set; } = [];
    public bool IsMms => MediaUrls.Length > 0;
    public required string Encoding { get; set; }
    public int Parts { get; set; }
    public int NumChars { get; set; }
    /// <summary>to[].status: queued, sent, delivered, delivery_failed; webhook_delivered for inbound.</summary>
    public required string Status { get; set; }
    public string? ErrorCode { get; set; }
    public string? ErrorTitle { get; set; }
    public string? ToLineType { get; set; }
    public decimal Rate { get; set; }
    public decimal CarrierFee { get; set; }
    public decimal Cost { get; set; }
    public string? MessagingProfileId { get; set; }
    public string? WebhookUrl { get; set; }
    public string? WebhookFailoverUrl { get; set; }
    /// <summary>use_profile_webhooks: false sends this message's events only to its own webhook_url or the default.</summary>
    public bool UseProfileWebhooks { get; set; } = true;
    public string Tags { get; set; } = "";
    public DateTime ReceivedAt { get; set; }
    public DateTime? SentAt { get; set; }
    public DateTime? CompletedAt { get; set; }
}
