using CrmTelnyx.Data;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Features.TextCenter.Blasts.Progress;

/// <summary>
/// A blast's live figures, in a few grouped queries over its rows (the (BlastId, Status) index): counters, cost so
/// far, the current rate and failures grouped by carrier error. Cheap enough to re-read on every coalesced change.
/// </summary>
public sealed class ReadBlastProgress(CrmDbContext db, TimeProvider time)
{
    /// <summary>The current rate is what was handed to Telnyx over this window.</summary>
    public static readonly TimeSpan RateWindow = TimeSpan.FromSeconds(10);

    public const string OptedOutAtCarrier = "40300";

    public sealed record Failure(string? Code, string Words, int Count);

    public sealed record Figures(
        Blast Blast, BlastCounters Counters, decimal Cost, string? CostCurrency, double MessagesPerSecond, IReadOnlyList<Failure> Failures, string TimeZone);

    public async Task<Figures?> ReadAsync(long blastId, CancellationToken cancellationToken = default)
    {
        var blast = await db.Blasts.AsNoTracking().SingleOrDefaultAsync(b => b.Id == blastId, cancellationToken);
        if (blast is null) return null;
        var rows = db.Messages.AsNoTracking().Where(m => m.BlastId == blastId);
        var since = time.GetUtcNow() - RateWindow;

        var byStatus = await rows.GroupBy(m => m.Status)
            .Select(g => new { Status = g.Key, Count = g.Count(), Recent = g.Count(m => m.ClaimedAt >= since) })
            .ToListAsync(cancellationToken);
        var counts = byStatus.GroupBy(s => BlastCounters.BucketOf(s.Status)).ToDictionary(g => g.Key, g => g.Sum(s => s.Count));
        int Count(string bucket) => counts.GetValueOrDefault(bucket);

        var cost = (await BlastCosts.SumAsync(db, [blastId], cancellationToken)).GetValueOrDefault(blastId);
        var failures = await rows.Where(m => m.ErrorCode != null || m.Status == MessageStatuses.DeliveryFailed || m.Status == MessageStatuses.SendingFailed
                || m.Status == MessageStatuses.Expired)
            .GroupBy(m => m.ErrorCode)
            .Select(g => new { Code = g.Key, Detail = g.Max(m => m.ErrorDetail), Count = g.Count() })
            .ToListAsync(cancellationToken);
        var optedOut = await OptedOutAsync(blast, cancellationToken);

        var counters = new BlastCounters(Count(nameof(BlastCounters.Queued)), Count(nameof(BlastCounters.Sending)), Count(nameof(BlastCounters.Sent)),
            Count(nameof(BlastCounters.Delivered)), Count(nameof(BlastCounters.Failed)), optedOut, Count(nameof(BlastCounters.Unknown)),
            Count(nameof(BlastCounters.Cancelled)));
        var zone = await db.TextingSettings.AsNoTracking().Select(s => s.CompanyTimeZone).FirstOrDefaultAsync(cancellationToken) ?? "America/New_York";
        return new Figures(blast, counters, cost?.Amount ?? 0, cost?.Currency,
            byStatus.Sum(s => s.Recent) / RateWindow.TotalSeconds,
            [.. failures.Select(f => new Failure(f.Code, CarrierErrorWords.For(f.Code, f.Detail), f.Count)).OrderByDescending(f => f.Count)],
            zone);
    }

    /// <summary>Recipients who opted out: refused at the carrier (40300) or who texted STOP after the blast started.</summary>
    private async Task<int> OptedOutAsync(Blast blast, CancellationToken cancellationToken)
    {
        var atCarrier = await db.Messages.CountAsync(m => m.BlastId == blast.Id && m.ErrorCode == OptedOutAtCarrier, cancellationToken);
        if (blast.StartedAt is not { } started) return atCarrier;
        var startedUtc = started.UtcDateTime;
        var afterwards = await db.PhoneOptOuts.CountAsync(o => o.At >= startedUtc
            && db.Messages.Any(m => m.BlastId == blast.Id && m.To == o.Phone && m.ErrorCode != OptedOutAtCarrier), cancellationToken);
        return atCarrier + afterwards;
    }
}
