namespace CrmTelnyx.Telnyx;

/// <summary>Telnyx could not be reached (connection failed, timed out, or the circuit breaker is open after repeated failures).</summary>
/// <param name="mayHaveBeenApplied">The request may have reached Telnyx (it timed out waiting for the answer), so it must not be assumed unsent.</param>
public sealed class TelnyxUnreachableException(string userMessage, Exception? inner = null, bool mayHaveBeenApplied = false)
    : TelnyxException(userMessage, inner)
{
    public const string DefaultMessage = "Telnyx is unreachable right now. Nothing was changed on our side; please try again in a minute.";

    public const string MaybeAppliedMessage =
        "Telnyx did not answer in time, so it is not known whether the request was applied. Check before trying again.";

    public bool MayHaveBeenApplied { get; } = mayHaveBeenApplied;

    /// <summary>A request that may have reached Telnyx: says so in words and in <see cref="MayHaveBeenApplied"/>.</summary>
    public static TelnyxUnreachableException MaybeApplied(Exception inner) => new(MaybeAppliedMessage, inner, mayHaveBeenApplied: true);
}
