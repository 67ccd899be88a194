using CrmTelnyx.Data;
using CrmTelnyx.Telnyx;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Features.Numbers;

/// <summary>
/// Asks Telnyx about orders its webhook has not settled: pending ones older than a minute (the webhook is late or lost),
/// ones whose placing was never confirmed (Unknown), and ones recorded but never sent (the app stopped in between).
/// </summary>
public sealed class CheckNumberOrders(CrmDbContext db, TelnyxClient telnyx, CompleteNumberOrder complete, TimeProvider time, ILogger<CheckNumberOrders> logger)
{
    public static readonly TimeSpan PendingLongerThan = TimeSpan.FromMinutes(1);

    /// <summary>A "Sending" order this old was interrupted before Telnyx answered: it is checked like an unconfirmed one.</summary>
    public static readonly TimeSpan SendingLongerThan = TimeSpan.FromMinutes(5);

    /// <returns>How many orders were checked.</returns>
    public async Task<int> RunAsync(TimeSpan? pendingLongerThan = null, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var pendingBefore = now - (pendingLongerThan ?? PendingLongerThan);
        var sendingBefore = now - SendingLongerThan;
        var orders = await db.NumberOrders.AsNoTracking()
            .Where(o => (o.Status == NumberOrderStatus.Pending && o.CreatedAt <= pendingBefore)
                || o.Status == NumberOrderStatus.Unknown
                || (o.Status == NumberOrderStatus.Sending && o.CreatedAt <= sendingBefore))
            .OrderBy(o => o.Id)
            .Select(o => new { o.Id, o.TelnyxOrderId })
            .ToListAsync(cancellationToken);

        foreach (var order in orders)
        {
            try
            {
                if (order.TelnyxOrderId is { } telnyxId)
                    await complete.ApplyAsync(await telnyx.GetNumberOrderAsync(telnyxId, cancellationToken), cancellationToken);
                else
                    await complete.SettleUnconfirmedAsync(order.Id, cancellationToken);
            }
            catch (TelnyxException ex)
            {
                // The next run asks again.
                logger.LogWarning("Number order {OrderId} could not be checked: {Reason}", order.Id, ex.Message);
            }
        }
        return orders.Count;
    }
}
