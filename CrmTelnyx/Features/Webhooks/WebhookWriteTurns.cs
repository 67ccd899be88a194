namespace CrmTelnyx.Features.Webhooks;

/// <summary>
/// Hands SQLite's one write lock between the inbox writer and the processor's batches in this process. A writer that
/// finds the lock taken is made by SQLite to sleep and poll (busy_timeout) in steps of up to 100 ms, which under a burst
/// held acknowledgements that long; waiting here instead wakes the next writer the moment the last one commits.
/// </summary>
public sealed class WebhookWriteTurns
{
    private readonly SemaphoreSlim turn = new(1, 1);

    /// <summary>Waits for this writer's turn; disposing the result ends it.</summary>
    public async Task<IDisposable> TakeAsync(CancellationToken cancellationToken)
    {
        await turn.WaitAsync(cancellationToken);
        return new Turn(turn);
    }

    private sealed class Turn(SemaphoreSlim turn) : IDisposable
    {
        private int ended;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref ended, 1) == 0) turn.Release();
        }
    }
}
