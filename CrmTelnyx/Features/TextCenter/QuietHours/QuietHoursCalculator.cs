namespace CrmTelnyx.Features.TextCenter.QuietHours;

/// <summary>One rule read on one clock: a recipient may be held to several when their state or zone is uncertain.</summary>
public sealed record QuietHoursConstraint(QuietHoursRule Rule, TimeZoneInfo Zone);

/// <summary>
/// Whether an instant falls inside a rule's window on the recipient's wall clock, and the first instant that does.
/// The wall clock decides: a window opening at a time the spring-forward gap skips opens when the gap ends, and one
/// opening at a time that happens twice at fall-back opens the first time.
/// </summary>
public static class QuietHoursCalculator
{
    // Longer than any week a rule can describe, so a rule open on at least one day always yields an opening.
    private const int DaysToSearch = 8;

    public static bool IsAllowed(QuietHoursConstraint constraint, DateTimeOffset instant)
    {
        var local = TimeZoneInfo.ConvertTime(instant, constraint.Zone).DateTime;
        return constraint.Rule.WindowOn(local.DayOfWeek) is { } window && window.Contains(TimeOnly.FromDateTime(local));
    }

    public static bool IsAllowed(IEnumerable<QuietHoursConstraint> constraints, DateTimeOffset instant) =>
        constraints.All(constraint => IsAllowed(constraint, instant));

    /// <summary>The instant itself when allowed, else the first later instant (UTC) the window opens.</summary>
    public static DateTimeOffset NextAllowed(QuietHoursConstraint constraint, DateTimeOffset instant)
    {
        var utc = instant.ToUniversalTime();
        if (IsAllowed(constraint, utc))
            return utc;

        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(utc, constraint.Zone).DateTime);
        for (var offset = 0; offset < DaysToSearch; offset++)
        {
            var day = today.AddDays(offset);
            if (constraint.Rule.WindowOn(day.DayOfWeek) is not { } window)
                continue;
            var opening = FirstInstantAtOrAfter(day.ToDateTime(window.Start), constraint.Zone);
            if (opening > utc && IsAllowed(constraint, opening))
                return opening;
        }

        throw new InvalidOperationException($"Quiet hours: the rule for {constraint.Rule.State ?? "default"} never opens.");
    }

    /// <summary>The first instant every constraint allows: each pushes the candidate forward until none needs to.</summary>
    public static DateTimeOffset NextAllowed(IReadOnlyCollection<QuietHoursConstraint> constraints, DateTimeOffset instant)
    {
        var candidate = instant.ToUniversalTime();
        for (var round = 0; round < 64; round++)
        {
            var moved = false;
            foreach (var constraint in constraints)
            {
                var next = NextAllowed(constraint, candidate);
                if (next > candidate)
                {
                    candidate = next;
                    moved = true;
                }
            }

            if (!moved)
                return candidate;
        }

        throw new InvalidOperationException("Quiet hours: the recipient's rules leave no common window.");
    }

    /// <summary>The first instant (UTC) the zone's wall clock reads the given time or, when it skips it, later.</summary>
    private static DateTimeOffset FirstInstantAtOrAfter(DateTime wallClock, TimeZoneInfo zone)
    {
        // Spring forward skips a stretch of wall-clock time: the window opens when the clock lands after it.
        var local = wallClock;
        while (zone.IsInvalidTime(local))
            local = local.AddMinutes(1);

        // Fall back shows a stretch twice: the first showing is under the larger (daylight) offset.
        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), offset).ToUniversalTime();
    }
}
