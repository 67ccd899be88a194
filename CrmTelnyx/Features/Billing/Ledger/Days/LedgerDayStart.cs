namespace CrmTelnyx.Features.Billing.Ledger.Days;

/// <summary>
/// The UTC instant a company day starts at. SQLite cannot convert time zones, so the app writes the zone's day starts
/// (<see cref="CompanyDays"/>) and the roll-up trigger takes the last start at or before an entry's time.
/// </summary>
public sealed class LedgerDayStart
{
    /// <summary>UTC, whole seconds, in the text form EF writes DateTimes in (so the trigger compares it with OccurredAt as text).</summary>
    public DateTime StartsAt { get; set; }

    /// <summary>The day that starts then; null on the row after the last day, so later entries are left out rather than put on the last day.</summary>
    public DateOnly? Day { get; set; }
}
