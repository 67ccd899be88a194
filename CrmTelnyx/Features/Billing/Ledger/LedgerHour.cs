namespace CrmTelnyx.Features.Billing.Ledger;

/// <summary>
/// The ledger added up per UTC hour and per what the Billing tab filters and groups by, so a month or a year is read from
/// a few thousand sums instead of every entry. Kept by the database, never by code: a trigger on LedgerEntries adds each
/// new entry here in the same statement (see the LedgerRollUps migration), whoever inserts it (EF, a migration's SQL).
/// The key's columns are never null (an empty string stands for none) so that one key is one row.
/// </summary>
public sealed class LedgerHour
{
    /// <summary>The UTC hour the entries occurred in (minutes and seconds zero).</summary>
    public DateTime Hour { get; set; }

    public LedgerEntryType Type { get; set; }

    /// <summary><see cref="LedgerDirection"/>'s name, or "" for none (fees).</summary>
    public string Direction { get; set; } = "";

    /// <summary>"" for none.</summary>
    public string CompanyNumber { get; set; } = "";

    /// <summary>"" for none.</summary>
    public string State { get; set; } = "";

    /// <summary>First entries only: texts and calls counted once, as the tab counts them (a correction is not a new one).</summary>
    public long Entries { get; set; }

    public long Quantity { get; set; }

    public long AmountMicros { get; set; }
}
