using System.Collections.Concurrent;
using CrmTelnyx.Phones;

namespace CrmTelnyx.Features.TextCenter.QuietHours;

/// <summary>
/// Which rules and clocks hold for one recipient. Where the recipient is cannot be known, only guessed from the contact's
/// state and the number's area code, so every plausible (rule, zone) pair must allow a message before it goes:
/// <list type="bullet">
/// <item>state and area code agree (or the state is unknown): the area code's state rule on the area code's zone;</item>
/// <item>they differ: both states' rules on the number's zone and on every zone of the contact's state (the FTSA and
/// Oklahoma's act presume a call to their area codes reaches a resident; the person may also live where the contact says);</item>
/// <item>area code unknown, state known: the state's rule on every zone its area codes use (Florida: Eastern and Central);</item>
/// <item>both unknown (toll-free, foreign, a blank state): the default on the four contiguous US zones, and each state
/// rule on its own zones: 8 am Pacific to 8 pm Eastern on weekdays.</item>
/// </list>
/// </summary>
public static class QuietHoursRecipient
{
    // Arizona's clock always equals one of these (Pacific in summer, Mountain in winter), so it needs no entry.
    private static readonly string[] ContiguousUsZones =
        ["America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles"];

    private static readonly ConcurrentDictionary<string, TimeZoneInfo> Zones = new(StringComparer.Ordinal);

    // Built once per set of rules (they change when an admin saves new ones).
    private static (object Rules, IReadOnlyList<QuietHoursConstraint> Constraints)? unknown;

    private static IReadOnlyList<QuietHoursConstraint> Unknown
    {
        get
        {
            var rules = QuietHoursRules.Version;
            if (unknown is { } built && ReferenceEquals(built.Rules, rules)) return built.Constraints;
            var constraints = BuildUnknown();
            unknown = (rules, constraints);
            return constraints;
        }
    }

    public static IReadOnlyList<QuietHoursConstraint> ConstraintsFor(string phoneE164, string? contactState)
    {
        var number = NanpAreaCodes.ForE164(phoneE164);
        var state = KnownRegion(contactState);

        if (number is not null && (state is null || state == number.Region))
            return [new QuietHoursConstraint(QuietHoursRules.For(number.Region), Zone(number.TimeZone))];
        if (number is not null)
            return Pairs([number.Region, state!], [number.TimeZone, .. ZoneIdsOf(state!)]);
        if (state is not null)
            return Pairs([state], ZoneIdsOf(state));
        return Unknown;
    }

    private static string? KnownRegion(string? state)
    {
        var code = state?.Trim().ToUpperInvariant();
        return code is not null && NanpAreaCodes.Regions.Contains(code) ? code : null;
    }

    private static IReadOnlyList<string> ZoneIdsOf(string region) =>
        NanpAreaCodes.AreaCodesIn(region).Select(code => NanpAreaCodes.Find(code)!.TimeZone).Distinct().ToList();

    private static IReadOnlyList<QuietHoursConstraint> Pairs(IEnumerable<string> states, IEnumerable<string> zoneIds) =>
        (from rule in states.Distinct().Select(QuietHoursRules.For)
         from zoneId in zoneIds.Distinct()
         select new QuietHoursConstraint(rule, Zone(zoneId))).ToList();

    private static IReadOnlyList<QuietHoursConstraint> BuildUnknown() =>
        ContiguousUsZones.Select(id => new QuietHoursConstraint(QuietHoursRules.Default, Zone(id)))
            .Concat(QuietHoursRules.States.SelectMany(rule => Pairs([rule.State!], ZoneIdsOf(rule.State!))))
            .ToList();

    private static TimeZoneInfo Zone(string ianaId) => Zones.GetOrAdd(ianaId, TimeZoneInfo.FindSystemTimeZoneById);
}
