using CrmTelnyx.Data;
using CrmTelnyx.Live;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Features.Numbers;

/// <summary>
/// Judges each active number on its recent outbound texts (<see cref="NumberStats"/>) against the Settings'
/// thresholds. A number crossing one is flagged with the reason and, when the settings say so, paused from blasts; a
/// paused number stays paused until an admin clears it (<see cref="ClearNumberHealth"/>), while a number only flagged
/// is unflagged once its figures recover. After an admin clears a number, only texts sent since count, so the old
/// texts that paused it cannot pause it again.
/// </summary>
public sealed class NumberHealthCheck(
    CrmDbContext db, OneAtATime<NumberHealthCheck> oneAtATime, NumberStats figures, NumberAuditTrail audit, TimeProvider time, ILiveNotifier live, ILogger<NumberHealthCheck> logger)
{
    /// <param name="Judged">Numbers with enough texts in the window to be judged.</param>
    public sealed record Result(int Judged, int Flagged, int Paused, int Recovered);

    public async Task<Result> RunAsync(CancellationToken cancellationToken = default)
    {
        await oneAtATime.WaitAsync(cancellationToken);
        try
        {
            return await CheckAsync(cancellationToken);
        }
        finally { oneAtATime.Release(); }
    }

    private async Task<Result> CheckAsync(CancellationToken cancellationToken)
    {
        var settings = await db.NumberHealthSettings.AsNoTracking().SingleAsync(s => s.Id == NumberHealthSettings.SingletonId, cancellationToken);
        var now = time.GetUtcNow();
        var windowStart = now.AddDays(-settings.WindowDays);
        var candidates = await db.CompanyNumbers.AsNoTracking().Where(n => n.Status == NumberStatus.Active && !n.HealthPaused)
            .Select(n => new { n.Id, n.PhoneNumber }).ToListAsync(cancellationToken);
        var clearedAt = await LastClearedByPeopleAsync(candidates.Select(c => c.Id).ToList(), cancellationToken);
        DateTimeOffset? ClearedSince(long id) => clearedAt.TryGetValue(id, out var at) && at > windowStart ? at : null;
        // One grouped query per window start (most numbers share the settings' window), not one per number.
        var activity = new Dictionary<long, NumberActivity>();
        foreach (var window in candidates.GroupBy(c => ClearedSince(c.Id) ?? windowStart))
        {
            var byPhone = await figures.ForAsync(window.Select(c => c.PhoneNumber).ToList(), window.Key, cancellationToken);
            foreach (var c in window) activity[c.Id] = byPhone[c.PhoneNumber];
        }
        int judged = 0, flagged = 0, paused = 0, recovered = 0;

        foreach (var (id, texts) in activity)
        {
            if (!NumberHealthRule.IsJudged(texts, settings)) continue;
            db.ChangeTracker.Clear();
            var number = await db.CompanyNumbers.SingleOrDefaultAsync(n => n.Id == id && n.Status == NumberStatus.Active && !n.HealthPaused, cancellationToken);
            if (number is null) continue;
            judged++;
            var cleared = ClearedSince(id);
            var period = cleared is { } since ? $"since it was cleared ({since:yyyy-MM-dd HH:mm} UTC)" : NumberHealthRule.Period(settings.WindowDays);
            var problem = NumberHealthRule.ProblemOf(texts, settings, period);
            var outcome = Judge(number, problem, settings.PauseFlaggedNumbers, now.UtcDateTime);
            if (outcome == Outcome.Unchanged) continue;
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                // Someone saved the number meanwhile; the next check judges it again.
                logger.LogInformation("Number {Id} changed during its health check; it is judged again next time", id);
                continue;
            }
            if (outcome == Outcome.Paused) paused++;
            else if (outcome == Outcome.Flagged) flagged++;
            else if (outcome == Outcome.Recovered) recovered++;
            if (outcome != Outcome.Refreshed)
                logger.LogInformation("Number {Number}: {Outcome} by the health check ({Problem})", number.PhoneNumber, outcome, problem ?? "figures recovered");
            await live.PublishChangedAsync(id, cancellationToken);
        }
        return new Result(judged, flagged, paused, recovered);
    }

    private enum Outcome
    {
        Unchanged,
        /// <summary>Still flagged, with today's figures in the reason.</summary>
        Refreshed,
        Flagged,
        Paused,
        Recovered,
    }

    private Outcome Judge(CompanyNumber number, string? problem, bool pause, DateTime now)
    {
        if (problem is null)
        {
            if (number.HealthProblem is null) return Outcome.Unchanged;
            audit.Add(number, NumberAuditAction.HealthCleared, $"Figures recovered; was: {number.HealthProblem}", NumberAuditTrail.HealthCheckActor);
            number.HealthProblem = null;
            number.HealthFlaggedAt = null;
            number.UpdatedAt = now;
            return Outcome.Recovered;
        }

        var wasFlagged = number.HealthProblem is not null;
        if (wasFlagged && !pause && number.HealthProblem == problem) return Outcome.Unchanged;
        number.HealthProblem = problem;
        number.HealthFlaggedAt ??= now;
        number.UpdatedAt = now;
        if (pause)
        {
            number.HealthPaused = true;
            audit.Add(number, NumberAuditAction.Paused, $"Paused from blasts: {problem}", NumberAuditTrail.HealthCheckActor);
            return Outcome.Paused;
        }
        if (wasFlagged) return Outcome.Refreshed;
        audit.Add(number, NumberAuditAction.HealthFlagged, $"Flagged (auto-pause is off): {problem}", NumberAuditTrail.HealthCheckActor);
        return Outcome.Flagged;
    }

    /// <summary>When an admin last cleared each number's health; the check's own recoveries do not restart the count.</summary>
    private async Task<Dictionary<long, DateTimeOffset>> LastClearedByPeopleAsync(List<long> ids, CancellationToken cancellationToken)
    {
        var cleared = await db.NumberAuditEntries
            .Where(e => e.Action == NumberAuditAction.HealthCleared && e.Actor != NumberAuditTrail.HealthCheckActor && ids.Contains(e.CompanyNumberId))
            .GroupBy(e => e.CompanyNumberId)
            .Select(g => new { Id = g.Key, At = g.Max(e => e.At) })
            .ToListAsync(cancellationToken);
        return cleared.ToDictionary(c => c.Id, c => new DateTimeOffset(DateTime.SpecifyKind(c.At, DateTimeKind.Utc)));
    }
}
