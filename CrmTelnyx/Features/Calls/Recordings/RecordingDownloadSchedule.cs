namespace CrmTelnyx.Features.Calls.Recordings;

/// <summary>
/// How often a recording's download is tried: five attempts over about five minutes (10 s, 30 s, 90 s, 3 min apart),
/// all within the 10 minutes Telnyx's link lasts; after the last, the recording is failed.
/// </summary>
public static class RecordingDownloadSchedule
{
    public const int MaxAttempts = 5;

    private static readonly TimeSpan FirstDelay = TimeSpan.FromSeconds(10);

    public static TimeSpan DelayAfter(int failedAttempts) =>
        FirstDelay * Math.Pow(3, Math.Clamp(failedAttempts - 1, 0, MaxAttempts));
}
