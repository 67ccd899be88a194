namespace CrmTelnyx.Features.Billing.Ledger.Days;

/// <summary>The time zone the day roll-ups and <see cref="LedgerDayStart"/> were built for: the tab reads them only for periods in this zone.</summary>
public sealed class LedgerDayZone
{
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;

    /// <summary>The IANA id, as <see cref="TimeZoneInfo.Id"/> gives it.</summary>
    public required string ZoneId { get; set; }

    public DateTime BuiltAt { get; set; }
}
