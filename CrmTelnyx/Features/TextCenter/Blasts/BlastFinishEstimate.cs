using CrmTelnyx.Data;
using CrmTelnyx.Features.TextCenter.Compose;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Features.TextCenter.Blasts;

/// <summary>
/// Works a blast's estimated finish out again from its pending texts, from now, at its senders' current rates. The
/// estimate made when the blast was prepared goes stale once the blast waits for approval or is paused, or a 10DLC
/// campaign's limit (or the Texting settings) changes how fast its numbers may send.
/// </summary>
public static class BlastFinishEstimate
{
    public static async Task RefreshAsync(CrmDbContext db, long blastId, DateTimeOffset now, CancellationToken cancellationToken) =>
        await RefreshAsync(db, blastId, await SenderRates.LoadAsync(db, cancellationToken), now, cancellationToken);

    public static async Task RefreshAsync(CrmDbContext db, long blastId, SenderRates rates, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // Grouped in SQL: a blast of 100,000 texts has a handful of senders and quiet-hour ends, not 100,000 rows to read.
        var pending = await db.Messages.AsNoTracking().Where(m => m.BlastId == blastId && m.Status == MessageStatuses.Pending)
            .GroupBy(m => new { m.From, m.SendAfter }).Select(g => new { g.Key.From, g.Key.SendAfter, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var perSecond = rates.Combined(pending.Select(p => p.From));
        // Nothing left (or no sender may send): there is no finish to promise.
        DateTimeOffset? finish = pending.Count == 0 || perSecond <= 0 ? null
            : BlastEstimate.For(pending.SelectMany(p => Enumerable.Repeat((1, p.SendAfter ?? now), p.Count)), now, perSecond, 0m).FinishesAt;
        await db.Blasts.Where(b => b.Id == blastId).ExecuteUpdateAsync(u => u.SetProperty(b => b.EstimatedFinishAt, finish), cancellationToken);
    }
}
