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

        // One pass over the blast's rows: counters, the rate, opted out at the carrier and failures all come from it.
        var groups = await rows.GroupBy(m => new { m.Status, m.ErrorCode })
            .Select(g => new { g.Key.Status, g.Key.ErrorCode, Count = g.Count(), Recent = g.Count(m => m.ClaimedAt >= since), Detail = g.Max(m => m.ErrorDetail) })
            .ToListAsync(cancellationToken);
        var counts = groups.GroupBy(s => BlastCounters.BucketOf(s.Status)).ToDictionary(g => g.Key, g => g.Sum(s => s.Count));
        int Count(string bucket) => counts.GetValueOrDefault(bucket);
        var failures = groups.Where(g => g.ErrorCode != null || BlastCounters.BucketOf(g.Status) == nameof(BlastCounters.Failed))
            .GroupBy(g => g.ErrorCode)
            .Select(g => new Failure(g.Key, CarrierErrorWords.For(g.Key, g.Max(f => f.Detail)), g.Sum(f => f.Count)))
            .OrderByDescending(f => f.Count).ThenBy(f => f.Code).ToList();
        var atCarrier = groups.Where(g => g.ErrorCode == OptedOutAtCarrier).Sum(g => g.Count);
        var optedOut = atCarrier + await OptedOutAfterStartAsync(blast, cancellationToken);
        var cost = (await BlastCosts.SumAsync(db, [blastId], cancellationToken)).GetValueOrDefault(blastId);

        var counters = new BlastCounters(Count(nameof(BlastCounters.Queued)), Count(nameof(BlastCounters.Sending)), Count(nameof(BlastCounters.Sent)),
            Count(nameof(BlastCounters.Delivered)), Count(nameof(BlastCounters.Failed)), optedOut, Count(nameof(BlastCounters.Unknown)),
            Count(nameof(BlastCounters.Cancelled)));
        var zone = await db.TextingSettings.AsNoTracking().Select(s => s.CompanyTimeZone).FirstOrDefaultAsync(cancellationToken) ?? "America/New_York";
        return new Figures(blast, counters, cost?.Amount ?? 0, cost?.Currency,
            groups.Sum(g => g.Recent) / RateWindow.TotalSeconds, failures, zone);
    }

    /// <summary>Recipients who texted STOP after the blast started (those refused at the carrier are counted apart).</summary>
    private async Task<int> OptedOutAfterStartAsync(Blast blast, CancellationToken cancellationToken)
    {
        if (blast.StartedAt is not { } started) return 0;
        var startedUtc = started.UtcDateTime;
        return await db.PhoneOptOuts.CountAsync(o => o.At >= startedUtc
            && db.Messages.Any(m => m.BlastId == blast.Id && m.To == o.Phone && m.ErrorCode != OptedOutAtCarrier), cancellationToken);
    }
}
