namespace CrmTelnyx.Tests.Features.TextCenter.Blasts;

/// <summary>
/// The real clock moved to a chosen instant: time flows (timers, delays and the sandbox's webhooks work as usual) but
/// the app believes it is, say, a weekday noon in Chicago, so quiet hours never depend on when the tests run.
/// </summary>
public sealed class ShiftedClock(DateTimeOffset startsAt) : TimeProvider
{
    private readonly TimeSpan offset = startsAt - DateTimeOffset.UtcNow;

    /// <summary>Wednesday 2 December 2026, noon in Chicago: inside every quiet-hours window of the contiguous US.</summary>
    public static readonly DateTimeOffset WeekdayNoonInChicago = new(2026, 12, 2, 18, 0, 0, TimeSpan.Zero);

    public TimeSpan Moved { get; private set; }

    public override DateTimeOffset GetUtcNow() => DateTimeOffset.UtcNow + offset + Moved;

    public void Advance(TimeSpan by) => Moved += by;
}
