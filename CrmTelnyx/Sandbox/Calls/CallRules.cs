namespace CrmTelnyx.Sandbox.Calls;

/// <summary>How the far end of an outbound call behaves, decided by the destination's last digits (see docs/sandbox.md).</summary>
public static class CallRules
{
    public enum Outcome { Answered, Busy, NoAnswer }

    public static Outcome Decide(string to) =>
        to.EndsWith("0001", StringComparison.Ordinal) ? Outcome.Busy
        : to.EndsWith("0002", StringComparison.Ordinal) ? Outcome.NoAnswer
        : Outcome.Answered;

    /// <summary>Destinations ending 0003 are answered by voicemail, so answering-machine detection says "machine".</summary>
    public static bool IsMachine(string to) => to.EndsWith("0003", StringComparison.Ordinal);
}
