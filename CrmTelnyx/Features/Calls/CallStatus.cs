namespace CrmTelnyx.Features.Calls;

/// <summary>A call's status as the agent's panel shows it; like its legs', it only moves forward.</summary>
public static class CallStatus
{
    public const string Initiated = "initiated";
    public const string Ringing = "ringing";
    public const string Answered = "answered";
    public const string Ended = "ended";

    public static int Rank(string? status) => status switch
    {
        Initiated => 1,
        Ringing => 2,
        Answered => 3,
        Ended => 4,
        _ => 0,
    };

    public static bool MovesForward(string? current, string incoming) => Rank(incoming) > Rank(current);
}

/// <summary>How a call ended, as the history shows it.</summary>
public static class CallOutcome
{
    public const string Completed = "completed";
    public const string Busy = "busy";
    public const string NoAnswer = "no answer";
    public const string Canceled = "canceled";
    public const string Failed = "failed";
    public const string Voicemail = "voicemail";
    /// <summary>An inbound call nobody took and the caller left without a message.</summary>
    public const string Missed = "missed";

    /// <summary>From the contact leg's hangup cause, for a call that was never answered.</summary>
    public static string Unanswered(string? hangupCause) => hangupCause switch
    {
        "user_busy" => Busy,
        "timeout" or "no_answer" => NoAnswer,
        "originator_cancel" => Canceled,
        "call_rejected" => Busy,
        _ => Failed,
    };
}
