using CrmTelnyx.Features.Webhooks;
using CrmTelnyx.Telnyx;

namespace CrmTelnyx.Features.Numbers;

/// <summary>number_order.complete settles the order it names (its payload is the order).</summary>
public sealed class ApplyNumberOrderEvent(CompleteNumberOrder complete, TimeProvider time, ILogger<ApplyNumberOrderEvent> logger) : IWebhookEventHandler
{
    /// <summary>How long an event for an unknown order waits for the buyer to record Telnyx's order id.</summary>
    public static readonly TimeSpan WaitForBuyer = TimeSpan.FromMinutes(2);

    public IReadOnlyCollection<string> EventTypes { get; } = [TelnyxEventTypes.NumberOrderComplete];

    public async Task HandleAsync(TelnyxEventData webhookEvent, DateTimeOffset occurredAt, CancellationToken cancellationToken)
    {
        var payload = webhookEvent.PayloadAs<TelnyxNumberOrder>();
        if (await complete.ApplyAsync(payload, cancellationToken) is not null) return;
        // The order is recorded with Telnyx's id right after Telnyx answers, and the event can beat that: retry while young.
        // An order without this app's reference was placed elsewhere (the portal, another tool): the next sync brings its numbers in.
        if (BuyNumbers.OrderIdOf(payload.CustomerReference) is not null && time.GetUtcNow() - occurredAt < WaitForBuyer) throw new InvalidOperationException($"No number order has Telnyx id {payload.Id} (yet).");
        logger.LogInformation("number_order.complete for order {TelnyxOrderId}, which this app did not place: ignored", payload.Id);
    }
}
