using System.Globalization;
using CrmTelnyx.Features.Billing.Ledger;
using CrmTelnyx.Features.Billing.Ledger.Days;
using Microsoft.AspNetCore.WebUtilities;

namespace CrmTelnyx.Features.Billing.Tab;

/// <summary>What a person picks above the Billing tab: the tab, its charts and its CSV exports all read the same entries through <see cref="Apply"/>.</summary>
public sealed record BillingFilter(BillingPeriod Period)
{
    public string? CompanyNumber { get; init; }
    public BillingType? Type { get; init; }
    public LedgerDirection? Direction { get; init; }
    public string? State { get; init; }
    public long? BlastId { get; init; }
    public string? AgentUserId { get; init; }

    public IQueryable<LedgerEntry> Apply(IQueryable<LedgerEntry> entries)
    {
        var (from, to) = (Period.FromUtc.UtcDateTime, Period.ToUtc.UtcDateTime);
        entries = entries.Where(e => e.OccurredAt >= from && e.OccurredAt < to);
        if (CompanyNumber is { } number) entries = entries.Where(e => e.CompanyNumber == number);
        if (Type is { } type)
        {
            var types = type.EntryTypes();
            entries = entries.Where(e => types.Contains(e.Type));
        }
        if (Direction is { } direction) entries = entries.Where(e => e.Direction == direction);
        if (State is { } state) entries = entries.Where(e => e.State == state);
        if (BlastId is { } blast) entries = entries.Where(e => e.BlastId == blast);
        if (AgentUserId is { } agent) entries = entries.Where(e => e.AgentUserId == agent);
        return entries;
    }

    /// <summary>
    /// Whether the hourly roll-up (<see cref="LedgerHour"/>) answers this filter exactly: it keeps no blast or agent, and its
    /// hours fit a period only when the period starts and ends on whole UTC hours, as in every US zone. A company in a
    /// half-hour zone (India, Newfoundland) reads the ledger itself, slower but right.
    /// </summary>
    public bool FitsHourlyRollUp => BlastId is null && AgentUserId is null && OnTheHour(Period.FromUtc) && OnTheHour(Period.ToUtc);

    private static bool OnTheHour(DateTimeOffset instant) => instant.UtcTicks % TimeSpan.TicksPerHour == 0;

    /// <summary>The same filter over the hourly roll-up; only when <see cref="FitsHourlyRollUp"/>.</summary>
    public IQueryable<LedgerHour> Apply(IQueryable<LedgerHour> hours)
    {
        if (!FitsHourlyRollUp) throw new InvalidOperationException("The hourly roll-up cannot answer this filter; read the ledger.");
        var (from, to) = (Period.FromUtc.UtcDateTime, Period.ToUtc.UtcDateTime);
        hours = hours.Where(h => h.Hour >= from && h.Hour < to);
        if (CompanyNumber is { } number) hours = hours.Where(h => h.CompanyNumber == number);
        if (Type is { } type)
        {
            var types = type.EntryTypes();
            hours = hours.Where(h => types.Contains(h.Type));
        }
        if (Direction is { } direction)
        {
            var name = direction.ToString();
            hours = hours.Where(h => h.Direction == name);
        }
        if (State is { } state) hours = hours.Where(h => h.State == state);
        return hours;
    }

    /// <summary>
    /// Whether the day roll-ups (<see cref="LedgerDay"/>) hold this period: built for its zone (<paramref name="rollUpZoneId"/>,
    /// from <see cref="LedgerDayZone"/>), within the days they cover, and whole days of that zone. Else the tab reads the
    /// hourly roll-up or the ledger, slower but right (e.g. just after the zone changed behind the app's back).
    /// </summary>
    public bool FitsDailyRollUp(string? rollUpZoneId) => rollUpZoneId == Period.Zone.Id
        && Period.FirstDay >= CompanyDays.First && Period.LastDay <= CompanyDays.Last
        && Period.FromUtc == CompanyDays.StartOf(Period.FirstDay, Period.Zone) && Period.ToUtc == CompanyDays.StartOf(Period.LastDay.AddDays(1), Period.Zone);

    /// <summary>No number or state: what the blast and agent day roll-ups (by type and direction) can still answer.</summary>
    public bool FitsBlastAndAgentDays => CompanyNumber is null && State is null;

    /// <summary>The filter over the day roll-up; only when it fits (<see cref="FitsDailyRollUp"/>) and with no blast or agent, which it does not keep.</summary>
    public IQueryable<LedgerDay> Apply(IQueryable<LedgerDay> days)
    {
        if (BlastId is not null || AgentUserId is not null) throw new InvalidOperationException("The day roll-up keeps no blast or agent; read their own roll-ups or the ledger.");
        days = PeriodTypeAndDirection(days);
        if (CompanyNumber is { } number) days = days.Where(d => d.CompanyNumber == number);
        if (State is { } state) days = days.Where(d => d.State == state);
        return days;
    }

    /// <summary>The period, type, direction and blast over the blast day roll-up; only with <see cref="FitsBlastAndAgentDays"/> and no agent.</summary>
    public IQueryable<LedgerBlastDay> Apply(IQueryable<LedgerBlastDay> days)
    {
        if (!FitsBlastAndAgentDays || AgentUserId is not null) throw new InvalidOperationException("The blast day roll-up keeps no number, state or agent.");
        days = PeriodTypeAndDirection(days);
        if (BlastId is { } blast) days = days.Where(d => d.BlastId == blast);
        return days;
    }

    /// <summary>The period, type, direction and agent over the agent day roll-up; only with <see cref="FitsBlastAndAgentDays"/> and no blast.</summary>
    public IQueryable<LedgerAgentDay> Apply(IQueryable<LedgerAgentDay> days)
    {
        if (!FitsBlastAndAgentDays || BlastId is not null) throw new InvalidOperationException("The agent day roll-up keeps no number, state or blast.");
        days = PeriodTypeAndDirection(days);
        if (AgentUserId is { } agent) days = days.Where(d => d.AgentUserId == agent);
        return days;
    }

    private IQueryable<TDay> PeriodTypeAndDirection<TDay>(IQueryable<TDay> days) where TDay : ILedgerDaySums
    {
        var (first, last) = (Period.FirstDay, Period.LastDay);
        days = days.Where(d => d.Day >= first && d.Day <= last);
        if (Type is { } type)
        {
            var types = type.EntryTypes();
            days = days.Where(d => types.Contains(d.Type));
        }
        if (Direction is { } direction)
        {
            var name = direction.ToString();
            days = days.Where(d => d.Direction == name);
        }
        return days;
    }

    /// <summary>The filter as a query string (days in the company's zone), for export links that download what is on screen.</summary>
    public string ToQueryString()
    {
        var query = new Dictionary<string, string?>
        {
            ["from"] = Period.FirstDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["to"] = Period.LastDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["number"] = CompanyNumber,
            ["type"] = Type?.ToString(),
            ["direction"] = Direction?.ToString(),
            ["state"] = State,
            ["blast"] = BlastId?.ToString(CultureInfo.InvariantCulture),
            ["agent"] = AgentUserId,
        };
        return QueryHelpers.AddQueryString("", query.Where(p => p.Value is not null)!);
    }

    /// <summary>Reads <see cref="ToQueryString"/>'s form back; an unreadable value is an error in words, never a silent "everything".</summary>
    public static (BillingFilter? Filter, string? Error) FromQuery(IQueryCollection query, TimeZoneInfo zone)
    {
        if (!TryDay(query["from"], out var first)) return (null, "'from' must be a date like 2026-12-01.");
        if (!TryDay(query["to"], out var last)) return (null, "'to' must be a date like 2026-12-31.");
        if (last < first) return (null, "'to' must not be before 'from'.");
        if (last.DayNumber - first.DayNumber > 3660) return (null, "A period can be at most ten years.");

        BillingType? type = null;
        if (Text(query["type"]) is { } typeText)
        {
            if (!Enum.TryParse<BillingType>(typeText, ignoreCase: true, out var t) || !Enum.IsDefined(t)) return (null, $"'type' must be one of {string.Join(", ", Enum.GetNames<BillingType>())}.");
            type = t;
        }
        LedgerDirection? direction = null;
        if (Text(query["direction"]) is { } directionText)
        {
            if (!Enum.TryParse<LedgerDirection>(directionText, ignoreCase: true, out var d) || !Enum.IsDefined(d)) return (null, "'direction' must be Outbound or Inbound.");
            direction = d;
        }
        long? blast = null;
        if (Text(query["blast"]) is { } blastText)
        {
            if (!long.TryParse(blastText, NumberStyles.None, CultureInfo.InvariantCulture, out var b)) return (null, "'blast' must be a blast's number.");
            blast = b;
        }
        var state = Text(query["state"])?.ToUpperInvariant();
        if (state is not null && (state.Length != 2 || !state.All(char.IsAsciiLetterUpper))) return (null, "'state' must be a two-letter state like TX.");

        return (new BillingFilter(BillingPeriod.Days(first, last, zone))
        {
            CompanyNumber = Text(query["number"]),
            Type = type,
            Direction = direction,
            State = state,
            BlastId = blast,
            AgentUserId = Text(query["agent"]),
        }, null);
    }

    private static string? Text(Microsoft.Extensions.Primitives.StringValues value) => string.IsNullOrWhiteSpace(value) ? null : value.ToString().Trim();

    private static bool TryDay(Microsoft.Extensions.Primitives.StringValues value, out DateOnly day) =>
        DateOnly.TryParseExact(value.ToString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day);
}

/// <summary>The kinds of cost a person filters by: the two number fees are one kind to them.</summary>
public enum BillingType
{
    Sms,
    Mms,
    Calls,
    Numbers,
}

public static class BillingTypes
{
    public static LedgerEntryType[] EntryTypes(this BillingType type) => type switch
    {
        BillingType.Sms => [LedgerEntryType.Sms],
        BillingType.Mms => [LedgerEntryType.Mms],
        BillingType.Calls => [LedgerEntryType.Call],
        _ => [LedgerEntryType.NumberUpfront, LedgerEntryType.NumberMonthly],
    };
}
