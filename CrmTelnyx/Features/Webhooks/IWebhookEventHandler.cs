using CrmTelnyx.Telnyx;

namespace CrmTelnyx.Features.Webhooks;

/// <summary>
/// A feature's reaction to Telnyx events, registered with <c>AddWebhookHandler&lt;T&gt;()</c> and resolved in a fresh
/// scope per event. Save your own changes. Events arrive twice and out of order, and a failed event runs again,
/// so a handler must be idempotent. Throwing marks the attempt failed and schedules a retry.
/// </summary>
public interface IWebhookEventHandler
{
    IReadOnlyCollection<string> EventTypes { get; }

    /// <summary>Handlers of one event run in ascending order (then as registered); lower runs earlier.</summary>
    int Order => 0;

    /// <summary>
    /// True when the handler changes nothing but the scoped database context (live pushes go through
    /// <see cref="AfterWebhookCommit"/>): its events may then be applied many to one transaction, each rolled back
    /// alone if it fails. A handler that calls Telnyx or pushes directly must stay false, so its event is applied alone.
    /// </summary>
    bool OnlyWritesTheDatabase => false;

    /// <param name="occurredAt">When Telnyx says the event happened, or when it arrived if Telnyx did not say.</param>
    Task HandleAsync(TelnyxEventData webhookEvent, DateTimeOffset occurredAt, CancellationToken cancellationToken);
}
