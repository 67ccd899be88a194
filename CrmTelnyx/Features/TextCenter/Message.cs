namespace CrmTelnyx.Features.TextCenter;

/// <summary>One text message, outbound or inbound, as Telnyx reported it. Outbound rows exist before Telnyx knows them.</summary>
public sealed class Message
{
    public long Id { get; set; }

    /// <summary>Telnyx's message id: set once the send was accepted, or from the inbound event. Unique.</summary>
    public string? TelnyxMessageId { get; set; }

    /// <summary>A one-time key from the form that sent it, so a double-click or a resubmitted page never sends twice. Unique.</summary>
    public string? SendKey { get; set; }

    public MessageDirection Direction { get; set; }

    public required string From { get; set; }

    public required string To { get; set; }

    public string? Text { get; set; }

    /// <summary>An MMS's pictures (or other media) by URL, as sent or as Telnyx received them; null for an SMS.</summary>
    public string[]? MediaUrls { get; set; }

    /// <summary>Telnyx's status for the recipient (queued, sent, delivered, delivery_failed, …); see <see cref="MessageStatusRank"/>.</summary>
    public string Status { get; set; } = MessageStatuses.Queued;

    public int? Parts { get; set; }

    public string? Encoding { get; set; }

    /// <summary>Recorded once, from message.finalized (or message.received for inbound).</summary>
    public decimal? CostAmount { get; set; }

    public string? CostCurrency { get; set; }

    public string? ErrorCode { get; set; }

    public string? ErrorDetail { get; set; }

    public DateTimeOffset? SentAt { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The blast this row belongs to; null for single texts, replies and inbound texts.</summary>
    public long? BlastId { get; set; }

    /// <summary>The contact texted (or who texted), when known.</summary>
    public long? ContactId { get; set; }

    /// <summary>A blast's row is not sent before this instant (UTC): the blast's start, or when the recipient's quiet hours end.</summary>
    public DateTimeOffset? SendAfter { get; set; }

    /// <summary>When the dispatcher claimed the row for sending, before calling Telnyx (exactly one send per row).</summary>
    public DateTimeOffset? ClaimedAt { get; set; }

    public DateTimeOffset? UpdatedAt { get; set; }
}

public enum MessageDirection
{
    Outbound,
    Inbound,
}
