namespace CrmTelnyx.Telnyx;

/// <summary>A message as Telnyx describes it: the answer to a send or get, and the payload of message.* webhooks.</summary>
public sealed record TelnyxMessage(string Id)
{
    public string? RecordType { get; init; }
    /// <summary>"outbound" or "inbound".</summary>
    public string? Direction { get; init; }
    public string? Type { get; init; }
    public MessageParty? From { get; init; }
    public IReadOnlyList<MessageParty> To { get; init; } = [];
    public string? Text { get; init; }
    public string? Subject { get; init; }
    public IReadOnlyList<MessageMedia> Media { get; init; } = [];
    public string? Encoding { get; init; }
    public int? Parts { get; init; }
    public int? NumChars { get; init; }
    public TelnyxMoney? Cost { get; init; }
    public IReadOnlyList<TelnyxError> Errors { get; init; } = [];
    public IReadOnlyList<string> Tags { get; init; } = [];
    public string? MessagingProfileId { get; init; }
    public DateTimeOffset? ReceivedAt { get; init; }
    public DateTimeOffset? SentAt { get; init; }
    public DateTimeOffset? CompletedAt { get; init; }
    public DateTimeOffset? ValidUntil { get; init; }
    public string? WebhookUrl { get; init; }

    /// <summary>The delivery status of the (first) recipient: queued, sending, sent, delivered, delivery_failed, …</summary>
    public string? RecipientStatus => To.Count > 0 ? To[0].Status : null;
}

public sealed record MessageParty(string? PhoneNumber)
{
    public string? Carrier { get; init; }
    public string? LineType { get; init; }
    public string? Status { get; init; }
}

/// <summary>One item of an MMS's media[]; Telnyx's links to inbound media expire after 30 days.</summary>
public sealed record MessageMedia(string? Url)
{
    public string? ContentType { get; init; }
    public long? Size { get; init; }
    /// <summary>The file's hash: the API reference names it sha256 (outbound) and hash_sha256 (inbound); its examples say sha256.</summary>
    public string? Sha256 { get; init; }
    public string? HashSha256 { get; init; }
}
