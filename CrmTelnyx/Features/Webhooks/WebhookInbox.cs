using System.Threading.Channels;

namespace CrmTelnyx.Features.Webhooks;

/// <summary>
/// Where the webhook endpoint hands a verified event to be stored. One writer (<see cref="WebhookInboxWriter"/>)
/// stores whatever has queued up in one transaction and only then completes each event's task, so a request is
/// answered 200 once its event is committed, and a burst of events costs a few commits instead of one each.
/// </summary>
public sealed class WebhookInbox
{
    internal sealed record Entry(WebhookEvent Event, TaskCompletionSource Stored);

    private readonly Channel<Entry> queue = Channel.CreateUnbounded<Entry>(new UnboundedChannelOptions { SingleReader = true });
    private long lastReceived = long.MinValue;

    /// <summary>
    /// Whether events are arriving right now (one in the last 50 ms). Measured on the machine's clock, not the app's
    /// <see cref="TimeProvider"/>: it is about how busy the processor is, not about business time.
    /// </summary>
    public bool IsReceiving => Environment.TickCount64 - Volatile.Read(ref lastReceived) < 50;

    /// <summary>Completes when the event is stored (or was stored before: a repeated delivery); throws when it could not be.</summary>
    public Task StoreAsync(WebhookEvent webhookEvent, CancellationToken cancellationToken)
    {
        // Continuations run on the thread pool, never inline on the writer, so a slow request cannot hold up the next batch.
        Volatile.Write(ref lastReceived, Environment.TickCount64);
        var entry = new Entry(webhookEvent, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        if (!queue.Writer.TryWrite(entry)) throw new InvalidOperationException("The webhook inbox is closed: the app is stopping.");
        return entry.Stored.Task.WaitAsync(cancellationToken);
    }

    internal ChannelReader<Entry> Reader => queue.Reader;
}
