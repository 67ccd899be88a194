using CrmTelnyx.Data;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Features.Billing.Export;

/// <summary>
/// Blast and agent names for the ledger's lines, read once before they stream: a company has tens of agents and at most
/// thousands of blasts, so a lookup here costs less per line than two more joins returning the same names a million times.
/// </summary>
public sealed class LedgerNames(IReadOnlyDictionary<long, string> blasts, IReadOnlyDictionary<string, string> agents)
{
    public static async Task<LedgerNames> ReadAsync(CrmDbContext db, CancellationToken cancellationToken) => new(
        await db.Blasts.AsNoTracking().ToDictionaryAsync(b => b.Id, b => b.Name, cancellationToken),
        await db.Users.AsNoTracking().Select(u => new { u.Id, u.DisplayName, u.Email })
            .ToDictionaryAsync(u => u.Id, u => string.IsNullOrWhiteSpace(u.DisplayName) ? u.Email ?? "" : u.DisplayName, cancellationToken));

    public static readonly LedgerNames None = new(new Dictionary<long, string>(), new Dictionary<string, string>());

    public string? Blast(long? id) => id is { } blast ? blasts.GetValueOrDefault(blast) : null;

    public string? Agent(string? userId) => userId is null ? null : agents.GetValueOrDefault(userId);
}
