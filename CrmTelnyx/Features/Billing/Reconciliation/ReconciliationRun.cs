namespace CrmTelnyx.Features.Billing.Reconciliation;

/// <summary>One comparison of a company day's ledger with Telnyx's detail records, and what it found and filled.</summary>
public sealed class ReconciliationRun
{
    public long Id { get; set; }

    /// <summary>The day compared, in the company's time zone.</summary>
    public DateOnly Day { get; set; }

    public DateTime StartedAt { get; set; }

    public DateTime? FinishedAt { get; set; }

    /// <summary>"nightly", or the e-mail of the person who pressed the button.</summary>
    public required string StartedBy { get; set; }

    /// <summary>Why the run could not compare (Telnyx did not answer, too many records), in words; nothing was changed then.</summary>
    public string? Error { get; set; }

    /// <summary>Telnyx's detail records of the day (texts and call legs) with a cost.</summary>
    public int TelnyxRecords { get; set; }

    /// <summary>The ledger's texts and call legs of the day.</summary>
    public int LedgerSources { get; set; }

    public List<ReconciliationDifference> Differences { get; set; } = [];
}

public sealed class ReconciliationDifference
{
    public long Id { get; set; }

    public long RunId { get; set; }

    public DifferenceKind Kind { get; set; }

    /// <summary>Sms, Mms or Call.</summary>
    public Ledger.LedgerEntryType Type { get; set; }

    /// <summary>The message id or call_leg_id at Telnyx; for a leg Telnyx has no record of, its call_control_id.</summary>
    public required string TelnyxRecordId { get; set; }

    public DateTime OccurredAt { get; set; }

    public string? From { get; set; }

    public string? To { get; set; }

    /// <summary>The ledger's sum for it before the run, in millionths of a dollar; null when the ledger had nothing.</summary>
    public long? LedgerMicros { get; set; }

    /// <summary>Telnyx's cost, in millionths of a dollar; null when Telnyx has no record.</summary>
    public long? TelnyxMicros { get; set; }

    /// <summary>Whether the run entered Telnyx's cost in the ledger (missing in the app, or a different cost).</summary>
    public bool Filled { get; set; }
}

public enum DifferenceKind
{
    MissingInApp,
    MissingAtTelnyx,
    CostDiffers,
}
