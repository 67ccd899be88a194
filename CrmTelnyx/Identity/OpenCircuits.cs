using System.Collections.Concurrent;

namespace CrmTelnyx.Identity;

/// <summary>
/// Each signed-in user's open interactive pages (circuits) and the sign-in session each runs under, so that signing
/// out, disabling a user, changing their roles or resetting their password ends those pages at once rather than at
/// the next revalidation.
/// </summary>
public sealed class OpenCircuits
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<CircuitAuthenticationStateProvider, Guid?>> byUser = new();

    public void Opened(string userId, Guid? sessionId, CircuitAuthenticationStateProvider circuit) =>
        byUser.GetOrAdd(userId, _ => new())[circuit] = sessionId;

    public void Closed(string userId, CircuitAuthenticationStateProvider circuit)
    {
        if (byUser.TryGetValue(userId, out var circuits)) circuits.TryRemove(circuit, out _);
    }

    public int CountFor(string userId) => byUser.TryGetValue(userId, out var circuits) ? circuits.Count : 0;

    public void EndAllOf(string userId)
    {
        if (!byUser.TryGetValue(userId, out var circuits)) return;
        foreach (var circuit in circuits.Keys) circuit.End();
    }

    /// <summary>Ends the open pages of one sign-in session (every tab of the browser that signed out), not the user's others.</summary>
    public void EndSession(string userId, Guid sessionId)
    {
        if (!byUser.TryGetValue(userId, out var circuits)) return;
        foreach (var (circuit, session) in circuits)
            if (session == sessionId) circuit.End();
    }
}
