namespace CrmTelnyx.Features.Billing.Ledger.Days;

/// <summary>
/// The ledger added up per day in the company's time zone and per what the Billing tab filters and groups by: a year is a
/// few hundred rows a day instead of every entry or every hour. Kept by a trigger on LedgerEntries in the same statement
/// (migration LedgerDayRollUps), which finds the entry's day in <see cref="LedgerDayStart"/>; rebuilt when the zone changes
/// (<see cref="RebuildLedgerDays"/>). As in <see cref="LedgerHour"/>, "" stands for none so that one key is one row.
/// </summary>
public sealed class LedgerDay : ILedgerDaySums
{
    /// <summary>The company's local date, in the zone <see cref="LedgerDayZone"/> names.</summary>
    public DateOnly Day { get; set; }

    public LedgerEntryType Type { get; set; }

    /// <summary><see cref="LedgerDirection"/>'s name, or "" for none (fees).</summary>
    public string Direction { get; set; } = "";

    /// <summary>"" for none.</summary>
    public string CompanyNumber { get; set; } = "";

    /// <summary>"" for none.</summary>
    public string State { get; set; } = "";

    /// <summary>First entries only (a correction is not a new text or call).</summary>
    public long Entries { get; set; }

    public long Quantity { get; set; }

    public long AmountMicros { get; set; }
}
