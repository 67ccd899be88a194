using CrmTelnyx.Features.Billing.Ledger;
using CrmTelnyx.Features.Billing.Ledger.Days;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Features.Billing.Tab;

/// <summary>The Billing tab's sums from the company-day roll-ups: a year is about a hundred thousand day rows rather than a million entries.</summary>
public sealed partial class BillingQuery
{
    /// <summary>Cost, first entries and quantity per company day and type, from whichever day roll-up answers the filter.</summary>
    private static Task<List<DaySum>> DaySumsAsync<TDay>(IQueryable<TDay> days, CancellationToken cancellationToken) where TDay : ILedgerDaySums => days
        .GroupBy(d => new { d.Day, d.Type })
        .Select(g => new DaySum(g.Key.Day, g.Key.Type, g.Sum(d => d.AmountMicros), (int)g.Sum(d => d.Entries), g.Sum(d => d.Quantity)))
        .ToListAsync(cancellationToken);

    private static async Task<List<CellSum>> DayCellsAsync(IQueryable<LedgerDay> days, CancellationToken cancellationToken)
    {
        var cells = await days
            .GroupBy(d => new { d.CompanyNumber, d.State, d.Type })
            .Select(g => new { g.Key.CompanyNumber, g.Key.State, g.Key.Type, Entries = g.Sum(d => d.Entries), Quantity = g.Sum(d => d.Quantity), Micros = g.Sum(d => d.AmountMicros) })
            .ToListAsync(cancellationToken);
        // The roll-up's "" is the ledger's null.
        return cells.Select(c => new CellSum(c.CompanyNumber == "" ? null : c.CompanyNumber, c.State == "" ? null : c.State, c.Type, (int)c.Entries, c.Quantity, c.Micros)).ToList();
    }

    private static async Task<List<Group>> BlastGroupsAsync(IQueryable<LedgerBlastDay> days, CancellationToken cancellationToken) => Groups(await days
        .GroupBy(d => new { d.BlastId, d.Type })
        .Select(g => new KeySum(g.Key.BlastId.ToString(), g.Key.Type, (int)g.Sum(d => d.Entries), g.Sum(d => d.Quantity), g.Sum(d => d.AmountMicros)))
        .ToListAsync(cancellationToken));

    private static async Task<List<Group>> AgentGroupsAsync(IQueryable<LedgerAgentDay> days, CancellationToken cancellationToken) => Groups(await days
        .GroupBy(d => new { d.AgentUserId, d.Type })
        .Select(g => new KeySum(g.Key.AgentUserId, g.Key.Type, (int)g.Sum(d => d.Entries), g.Sum(d => d.Quantity), g.Sum(d => d.AmountMicros)))
        .ToListAsync(cancellationToken));

    /// <summary>A blast's or agent's sums for one type.</summary>
    private sealed record KeySum(string Key, LedgerEntryType Type, int Count, long Quantity, long Micros);

    /// <summary>The per-blast or per-agent rows as <see cref="GroupsAsync"/> makes them from the ledger, most expensive first.</summary>
    private static List<Group> Groups(List<KeySum> sums) => sums.GroupBy(s => s.Key)
        .Select(g => Row(g.Key, g.Where(s => IsText(s.Type)).Sum(s => s.Count), g.Where(s => IsText(s.Type)).Sum(s => s.Quantity),
            g.Where(s => s.Type == LedgerEntryType.Call).Sum(s => s.Count), g.Where(s => s.Type == LedgerEntryType.Call).Sum(s => s.Quantity), g.Sum(s => s.Micros)))
        .OrderByDescending(r => r.Micros).Select(r => r.Group).ToList();
}
