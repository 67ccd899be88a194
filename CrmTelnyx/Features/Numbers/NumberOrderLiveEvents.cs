using CrmTelnyx.Live;

namespace CrmTelnyx.Features.Numbers;

/// <summary>An order moved (sent, accepted, completed, failed): the buy page showing it reloads it. Data: the order's id.</summary>
public static class NumberOrderLiveEvents
{
    public const string OrderChanged = "number-order-changed";

    public static Task PublishOrderChangedAsync(this ILiveNotifier live, long orderId, CancellationToken cancellationToken = default) =>
        live.PublishAsync(NumberLiveEvents.Topic, OrderChanged, orderId, cancellationToken);
}
