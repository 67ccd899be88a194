namespace CrmTelnyx.Features.Billing.Ledger.Days;

/// <summary>The blast texts' costs per company day, blast, type and direction: the per-blast table and a blast's totals and chart, without reading the ledger.</summary>
public sealed class LedgerBlastDay : ILedgerDaySums
{
    public long BlastId { get; set; }

    public DateOnly Day { get; set; }

    public LedgerEntryType Type { get; set; }

    /// <summary><see cref="LedgerDirection"/>'s name, or "" for none.</summary>
    public string Direction { get; set; } = "";

    /// <summary>First entries only.</summary>
    public long Entries { get; set; }

    public long Quantity { get; set; }

    public long AmountMicros { get; set; }
}
