namespace CrmTelnyx.Features.TextCenter.QuietHours;

/// <summary>The hours of one day when a text may reach a recipient, in their local time: Start inclusive, End exclusive.</summary>
public sealed record DailyWindow(TimeOnly Start, TimeOnly End)
{
    public bool Contains(TimeOnly time) => time >= Start && time < End;

    /// <summary>The hours both windows allow; null when they do not overlap.</summary>
    public DailyWindow? Intersect(DailyWindow other)
    {
        var start = Start > other.Start ? Start : other.Start;
        var end = End < other.End ? End : other.End;
        return start < end ? new DailyWindow(start, end) : null;
    }
}
