using CrmTelnyx.Data;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Features.Calls.Recordings;

/// <summary>
/// Copies pending recordings into the app's storage one at a time, in a fresh scope each: woken when one is recorded,
/// and otherwise looking every <see cref="PollInterval"/> or when a retry falls due (<see cref="RecordingDownloadSchedule"/>).
/// Retry times live in memory: after a restart, what is still pending is tried at once.
/// </summary>
public sealed class RecordingDownloader(
    IServiceScopeFactory scopes, RecordingDownloadSignal signal, TimeProvider time, ILogger<RecordingDownloader> logger) : BackgroundService
{
    public static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(30);

    private readonly Dictionary<long, DateTimeOffset> notBefore = [];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var wait = PollInterval;
            try
            {
                if (await DownloadDueAsync(stoppingToken) is { } nextDue && nextDue < wait)
                    wait = nextDue < TimeSpan.Zero ? TimeSpan.Zero : nextDue;
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                // A database hiccup must not stop downloads for good; the next look tries again.
                logger.LogError(ex, "Downloading recordings failed; trying again in {Wait}", wait);
            }
            await signal.WaitAsync(wait, time, stoppingToken);
        }
    }

    /// <returns>How long until the next retry falls due, if any recording is waiting for one.</returns>
    private async Task<TimeSpan?> DownloadDueAsync(CancellationToken cancellationToken)
    {
        List<long> pending;
        await using (var scope = scopes.CreateAsyncScope())
        {
            pending = await scope.ServiceProvider.GetRequiredService<CrmDbContext>().CallRecordings
                .Where(r => r.Status == RecordingStatus.Pending && r.SourceUrl != null)
                .OrderBy(r => r.Id).Select(r => r.Id).ToListAsync(cancellationToken);
        }
        foreach (var gone in notBefore.Keys.Except(pending).ToList()) notBefore.Remove(gone);

        foreach (var id in pending)
        {
            if (notBefore.TryGetValue(id, out var due) && due > time.GetUtcNow()) continue;
            await using var scope = scopes.CreateAsyncScope();
            var retryIn = await scope.ServiceProvider.GetRequiredService<DownloadRecording>().RunAsync(id, cancellationToken);
            if (retryIn is { } delay) notBefore[id] = time.GetUtcNow() + delay;
            else notBefore.Remove(id);
        }
        return notBefore.Count == 0 ? null : notBefore.Values.Min() - time.GetUtcNow();
    }
}
