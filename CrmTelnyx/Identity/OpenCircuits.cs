using System.Collections.Concurrent;

namespace CrmTelnyx.Identity;

/// <summary>
/// Each signed-in user's open interactive pages (circuits), so that disabling a user, changing their roles or
/// resetting their password ends their open pages at once rather than at the next revalidation.
/// </summary>
public sealed class OpenCircuits
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<CircuitAuthenticationStateProvider, byte>> byUser = new();

    public void Opened(string userId, CircuitAuthenticationStateProvider circuit) =>
        byUser.GetOrAdd(userId, _ => new()).TryAdd(circuit, 0);

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
}
