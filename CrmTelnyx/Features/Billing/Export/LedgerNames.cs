using System.Text;
using CrmTelnyx.Data;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Features.Billing.Export;

/// <summary>
/// Blast and agent names for the ledger's lines, read once before they stream: a company has tens of agents and at most
/// thousands of blasts, so a lookup here costs less per line than two more joins returning the same names a million times.
/// Kept as UTF-8, the form the CSV writes, and found by the ids' UTF-8 bytes as SQLite hands them over, without a string.
/// </summary>
public sealed class LedgerNames
{
    private readonly Dictionary<long, byte[]> blasts;
    private readonly Dictionary<string, byte[]>.AlternateLookup<ReadOnlySpan<char>> agents;

    public LedgerNames(IReadOnlyDictionary<long, string> blasts, IReadOnlyDictionary<string, string> agents)
    {
        this.blasts = blasts.ToDictionary(b => b.Key, b => Encoding.UTF8.GetBytes(b.Value));
        this.agents = agents.ToDictionary(a => a.Key, a => Encoding.UTF8.GetBytes(a.Value), StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static async Task<LedgerNames> ReadAsync(CrmDbContext db, CancellationToken cancellationToken) => new(
        await db.Blasts.AsNoTracking().ToDictionaryAsync(b => b.Id, b => b.Name, cancellationToken),
        await db.Users.AsNoTracking().Select(u => new { u.Id, u.DisplayName, u.Email })
            .ToDictionaryAsync(u => u.Id, u => string.IsNullOrWhiteSpace(u.DisplayName) ? u.Email ?? "" : u.DisplayName, cancellationToken));

    public static readonly LedgerNames None = new(new Dictionary<long, string>(), new Dictionary<string, string>());

    /// <summary>The blast's name, or nothing (an empty field) for no blast or one that no longer exists.</summary>
    public ReadOnlySpan<byte> Blast(long? id) => id is { } blast && blasts.TryGetValue(blast, out var name) ? name : [];

    /// <summary>The agent's name for a user id given as UTF-8, or nothing for no agent or an unknown one.</summary>
    public ReadOnlySpan<byte> Agent(ReadOnlySpan<byte> userId)
    {
        if (userId.IsEmpty) return [];
        // Identity's ids are GUIDs (36 characters); the column allows 450, so this stays on the stack.
        Span<char> id = userId.Length <= 512 ? stackalloc char[userId.Length] : new char[userId.Length];
        var length = Encoding.UTF8.GetChars(userId, id);
        return agents.TryGetValue(id[..length], out var name) ? name : [];
    }
}
