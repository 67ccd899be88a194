namespace CrmTelnyx.Features.Calls.Recording;

// Stand-in until the consent rules (helper branch "routing") are merged; deleted then.
public static class RecordingConsent
{
    public const string Announcement = "This call may be recorded.";

    public sealed record Decision(bool Needed, string Reason);

    public static Decision AnnouncementNeeded(string phone, string? state) => new(true, "stand-in");
}
