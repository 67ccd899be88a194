using CrmTelnyx.Telnyx;

namespace CrmTelnyx.Features.Calls;

/// <summary>A call leg's states in the order they happen; a late event never moves a leg back (a hangup stays a hangup).</summary>
public static class CallStates
{
    public const string Initiated = "initiated";
    public const string Answered = "answered";
    public const string Bridged = "bridged";
    public const string Hangup = "hangup";

    public static string Of(string eventType) => eventType switch
    {
        TelnyxEventTypes.CallAnswered => Answered,
        TelnyxEventTypes.CallBridged => Bridged,
        TelnyxEventTypes.CallHangup => Hangup,
        _ => Initiated,
    };

    public static int Rank(string? state) => state switch
    {
        Initiated => 1,
        Answered => 2,
        Bridged => 3,
        Hangup => 4,
        _ => 0,
    };

    public static bool MovesForward(string? current, string incoming) => Rank(incoming) > Rank(current);
}
