using CrmTelnyx.Data;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Features.TextCenter.Blasts.Progress;

/// <summary>The blast list: a page of blasts, newest first, each with its live figures read in grouped queries for that page only.</summary>
public sealed class ListBlasts(CrmDbContext db)
{
    public sealed record Row(
        long Id, string Name, BlastStatus Status, DateTimeOffset CreatedAt, DateTimeOffset? ScheduledFor, DateTimeOffset? StartedAt,
        DateTimeOffset? CompletedAt, string Audience, int Recipients, int Sent, int Delivered, int Failed, int Queued, decimal Cost, string? CostCurrency)
    {
        /// <summary>When it went (or goes) out: started, else scheduled, else created.</summary>
        public DateTimeOffset When => StartedAt ?? ScheduledFor ?? CreatedAt;
    }

    public sealed record Page(IReadOnlyList<Row> Rows, int Total);

    public async Task<Page> ListAsync(BlastStatus? status, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        var blasts = db.Blasts.AsNoTracking();
        if (status is { } s) blasts = blasts.Where(b => b.Status == s);
        var total = await blasts.CountAsync(cancellationToken);
        var shown = await blasts.OrderByDescending(b => b.CreatedAt).ThenByDescending(b => b.Id)
            .Skip(page * pageSize).Take(pageSize)
            .Select(b => new { b.Id, b.Name, b.Status, b.CreatedAt, b.ScheduledFor, b.StartedAt, b.CompletedAt, b.AudienceDescription, b.Recipients })
            .ToListAsync(cancellationToken);
        var ids = shown.Select(b => b.Id).ToList();
        var byStatus = await db.Messages.AsNoTracking().Where(m => m.BlastId != null && ids.Contains(m.BlastId.Value))
            .GroupBy(m => new { m.BlastId, m.Status }).Select(g => new { g.Key.BlastId, g.Key.Status, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var costs = await BlastCosts.SumAsync(db, ids, cancellationToken);

        var rows = shown.Select(b =>
        {
            var counts = byStatus.Where(c => c.BlastId == b.Id).GroupBy(c => BlastCounters.BucketOf(c.Status)).ToDictionary(g => g.Key, g => g.Sum(c => c.Count));
            var cost = costs.GetValueOrDefault(b.Id);
            return new Row(b.Id, b.Name, b.Status, b.CreatedAt, b.ScheduledFor, b.StartedAt, b.CompletedAt,
                b.AudienceDescription.Length > 0 ? b.AudienceDescription : "—", b.Recipients,
                counts.GetValueOrDefault(nameof(BlastCounters.Sent)) + counts.GetValueOrDefault(nameof(BlastCounters.Delivered)),
                counts.GetValueOrDefault(nameof(BlastCounters.Delivered)), counts.GetValueOrDefault(nameof(BlastCounters.Failed)),
                counts.GetValueOrDefault(nameof(BlastCounters.Queued)), cost?.Amount ?? 0, cost?.Currency);
        }).ToList();
        return new Page(rows, total);
    }
}
