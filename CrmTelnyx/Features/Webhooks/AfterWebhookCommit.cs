namespace CrmTelnyx.Features.Webhooks;

/// <summary>
/// What a handler wants done once its changes are committed, such as a live push. Events may be applied many to one
/// transaction (<see cref="ApplyWebhookEvent.RunBatchAsync"/>): a push sent before the commit would have an open page
/// re-read rows that are not there yet, and one for an event rolled back would announce what never happened.
/// </summary>
public sealed class AfterWebhookCommit(ILogger<AfterWebhookCommit> logger)
{
    private readonly List<Func<CancellationToken, Task>> pending = [];

    public void Add(Func<CancellationToken, Task> effect) => pending.Add(effect);

    /// <summary>Where the current event's effects begin, so a failed event can drop only its own.</summary>
    internal int Mark => pending.Count;

    internal void DropFrom(int mark) => pending.RemoveRange(mark, pending.Count - mark);

    internal async Task RunAsync(CancellationToken cancellationToken)
    {
        var effects = pending.ToList();
        pending.Clear();
        foreach (var effect in effects)
        {
            try
            {
                await effect(cancellationToken);
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested)
            {
                // The event is applied and committed; a push that failed only leaves a page to its next refresh.
                logger.LogWarning(e, "A live update after a webhook event failed");
            }
        }
    }
}
