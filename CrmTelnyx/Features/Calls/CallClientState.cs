using System.Text;

namespace CrmTelnyx.Features.Calls;

/// <summary>
/// What the app puts in a leg's client_state, which Telnyx echoes back in every webhook of the leg: the call it
/// belongs to, the leg's role, and the step under way (e.g. "announce" while the consent announcement plays). A
/// webhook that outruns the dial's answer is still matched to its call this way.
/// </summary>
public sealed record CallClientState(long CallId, CallLegRole Role, string? Step = null)
{
    private const string Prefix = "crm-call";

    public string Encode() =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"{Prefix}:{CallId}:{Role}:{Step}"));

    public CallClientState WithStep(string? step) => this with { Step = step };

    /// <summary>Null for a leg the app did not tag (an inbound call, one placed elsewhere) or a value it cannot read.</summary>
    public static CallClientState? Read(string? clientState)
    {
        if (string.IsNullOrEmpty(clientState)) return null;
        var buffer = new byte[clientState.Length];
        if (!Convert.TryFromBase64String(clientState, buffer, out var length)) return null;
        var parts = Encoding.UTF8.GetString(buffer, 0, length).Split(':');
        if (parts.Length != 4 || parts[0] != Prefix) return null;
        if (!long.TryParse(parts[1], out var callId) || !Enum.TryParse<CallLegRole>(parts[2], out var role)) return null;
        return new CallClientState(callId, role, parts[3].Length == 0 ? null : parts[3]);
    }
}
