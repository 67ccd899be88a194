namespace CrmTelnyx.Features.Billing.Ledger;

/// <summary>
/// One cost, once: a text, a call leg, a number's fee. Never edited: when Telnyx reports a different amount later, a
/// correction is a new entry for the difference (<see cref="IsCorrection"/>), so the sum over a source is always what
/// Telnyx charged last, and a past export stays true.
/// </summary>
public sealed class LedgerEntry
{
    public long Id { get; set; }

    /// <summary>What was charged, e.g. "text:{telnyx message id}" or "call-leg:{call_control_id}": one first entry per source.</summary>
    public required string Source { get; set; }

    public bool IsCorrection { get; set; }

    /// <summary>When the cost arose (UTC): the text's completion, the leg's end, the fee's date.</summary>
    public DateTime OccurredAt { get; set; }

    public LedgerEntryType Type { get; set; }

    /// <summary>Outbound or inbound, for texts and calls; null for fees.</summary>
    public LedgerDirection? Direction { get; set; }

    /// <summary>The company number it was charged on (+E.164).</summary>
    public string? CompanyNumber { get; set; }

    /// <summary>The contact's state when it was charged (else the company number's), two letters.</summary>
    public string? State { get; set; }

    public long? ContactId { get; set; }

    public long? BlastId { get; set; }

    public string? AgentUserId { get; set; }

    /// <summary>Segments of a text, billed seconds of a call, 1 for a fee; the difference for a correction.</summary>
    public int Quantity { get; set; }

    /// <summary>
    /// The amount in millionths of a dollar: whole numbers, so SQLite adds a million of them exactly and the totals on
    /// screen equal the sum of the exported lines (SQLite has no decimal type; sums of REAL drift).
    /// </summary>
    public long AmountMicros { get; set; }

    public decimal Amount
    {
        get => AmountMicros / 1_000_000m;
        set => AmountMicros = Micros(value);
    }

    public static long Micros(decimal amount) => (long)Math.Round(amount * 1_000_000m, MidpointRounding.AwayFromZero);

    public string Currency { get; set; } = "USD";

    /// <summary>Telnyx's id of what it charged (message id, call_control_id, number id), for reconciliation.</summary>
    public string? TelnyxRecordId { get; set; }

    public DateTime RecordedAt { get; set; }
}

public enum LedgerEntryType
{
    Sms,
    Mms,
    Call,
    NumberUpfront,
    NumberMonthly,
}

public enum LedgerDirection
{
    Outbound,
    Inbound,
}
