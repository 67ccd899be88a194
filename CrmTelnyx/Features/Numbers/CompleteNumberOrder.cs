using CrmTelnyx.Data;
using CrmTelnyx.Live;
using CrmTelnyx.Phones;
using CrmTelnyx.Telnyx;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CrmTelnyx.Features.Numbers;

/// <summary>
/// Settles an order from Telnyx's view of it (the number_order.complete webhook, or a poll): each number that arrived
/// becomes an active number with its Telnyx id, attached to the messaging profile and Call Control connection; each
/// that failed is taken off the company's numbers, and the order says which. Idempotent: the webhook and the poller
/// may both run, twice, in any order; a settled order is left as it is.
/// </summary>
public sealed class CompleteNumberOrder(
    CrmDbContext db, OneAtATime<CompleteNumberOrder> oneAtATime, TelnyxClient telnyx, ITelnyxConnectionSource connection, NumberAuditTrail audit, IOptions<NumbersOptions> options,
    ILiveNotifier live, TimeProvider time, ILogger<CompleteNumberOrder> logger)
{
    /// <summary>How long an order whose placing was never confirmed is waited for before its missing numbers count as failed.</summary>
    public static readonly TimeSpan GiveUpOnUnconfirmed = TimeSpan.FromMinutes(15);

    /// <summary>Applies Telnyx's order; null when no order of this app has that Telnyx id (yet).</summary>
    public async Task<NumberOrder?> ApplyAsync(TelnyxNumberOrder telnyxOrder, CancellationToken cancellationToken = default)
    {
        await oneAtATime.WaitAsync(cancellationToken);
        try
        {
            var order = await db.NumberOrders.Include(o => o.Lines).SingleOrDefaultAsync(o => o.TelnyxOrderId == telnyxOrder.Id, cancellationToken)
                ?? await UnconfirmedByReferenceAsync(telnyxOrder, cancellationToken);
            if (order is null || IsSettled(order.Status)) return order;
            foreach (var line in order.Lines.Where(l => l.Status == NumberOrderLineStatus.Pending))
            {
                var status = telnyxOrder.PhoneNumbers.FirstOrDefault(p => p.PhoneNumber == line.PhoneNumber)?.Status ?? telnyxOrder.Status;
                if (status == "success") await ArrivedAsync(order, line, telnyxOrder.MessagingProfileId, telnyxOrder.ConnectionId, cancellationToken);
                else if (status == "failure") await FailedAsync(order, line, "Telnyx could not provide it", cancellationToken);
            }
            return await SaveAsync(order, cancellationToken);
        }
        finally { oneAtATime.Release(); }
    }

    /// <summary>
    /// An order whose placing was never confirmed (its answer was lost): a number now on the account with this order's
    /// reference, or simply on the account, arrived; a number still missing after <see cref="GiveUpOnUnconfirmed"/> failed.
    /// </summary>
    public async Task<NumberOrder?> SettleUnconfirmedAsync(long orderId, CancellationToken cancellationToken = default)
    {
        await oneAtATime.WaitAsync(cancellationToken);
        try
        {
            var order = await db.NumberOrders.Include(o => o.Lines).SingleOrDefaultAsync(o => o.Id == orderId, cancellationToken);
            if (order is null || IsSettled(order.Status) || order.TelnyxOrderId is not null) return order;
            var waitedEnough = time.GetUtcNow().UtcDateTime - order.CreatedAt >= GiveUpOnUnconfirmed;
            foreach (var line in order.Lines.Where(l => l.Status == NumberOrderLineStatus.Pending))
            {
                if (await telnyx.FindPhoneNumberAsync(line.PhoneNumber, cancellationToken) is { } owned)
                    await ArrivedAsync(order, line, null, null, cancellationToken, owned);
                else if (waitedEnough)
                    await FailedAsync(order, line, "Telnyx never confirmed the order and the number is not on the account", cancellationToken);
            }
            return await SaveAsync(order, cancellationToken);
        }
        finally { oneAtATime.Release(); }
    }

    /// <summary>An order whose answer was lost is recognised by the reference it carried, and takes Telnyx's id from it.</summary>
    private async Task<NumberOrder?> UnconfirmedByReferenceAsync(TelnyxNumberOrder telnyxOrder, CancellationToken cancellationToken)
    {
        if (BuyNumbers.OrderIdOf(telnyxOrder.CustomerReference) is not { } id) return null;
        var order = await db.NumberOrders.Include(o => o.Lines).SingleOrDefaultAsync(o => o.Id == id && o.TelnyxOrderId == null, cancellationToken);
        if (order is null) return null;
        logger.LogInformation("Order {OrderId}, whose answer was lost, was placed after all: Telnyx order {TelnyxOrderId}", order.Id, telnyxOrder.Id);
        order.TelnyxOrderId = telnyxOrder.Id;
        if (order.Status is NumberOrderStatus.Unknown or NumberOrderStatus.Sending) (order.Status, order.Problem) = (NumberOrderStatus.Pending, null);
        return order;
    }

    public static bool IsSettled(NumberOrderStatus status) =>
        status is NumberOrderStatus.Completed or NumberOrderStatus.PartlyFailed or NumberOrderStatus.Failed or NumberOrderStatus.Refused;

    private async Task ArrivedAsync(
        NumberOrder order, NumberOrderLine line, string? profileId, string? connectionId, CancellationToken cancellationToken, TelnyxPhoneNumber? owned = null)
    {
        // The order's phone_numbers[].id names the order item, not the number: the number is found by its digits.
        owned ??= await telnyx.FindPhoneNumberAsync(line.PhoneNumber, cancellationToken);
        if (owned is null)
        {
            logger.LogInformation("Order {OrderId}: {Number} succeeded but is not listed on the account yet", order.Id, line.PhoneNumber);
            return;
        }
        owned = await AttachAsync(owned, NullIfEmpty(profileId) ?? NullIfEmpty(connection.Current.MessagingProfileId),
            NullIfEmpty(connectionId) ?? NullIfEmpty(connection.Current.ConnectionId), cancellationToken);

        var now = time.GetUtcNow().UtcDateTime;
        var row = await db.CompanyNumbers.FirstOrDefaultAsync(n => n.PhoneNumber == line.PhoneNumber && n.Status != NumberStatus.Released, cancellationToken);
        if (row is null)
        {
            // Its pending row is gone (e.g. the order was given up and the number arrived after all): it is ours all the same.
            row = new CompanyNumber { PhoneNumber = line.PhoneNumber, State = order.State ?? NanpAreaCodes.ForE164(line.PhoneNumber)?.Region, CreatedAt = now };
            db.CompanyNumbers.Add(row);
            audit.Add(row, NumberAuditAction.Bought, $"Arrived from order #{order.Id}.", order.OrderedBy);
        }
        row.MonthlyCost ??= line.MonthlyCost;
        row.UpfrontCost ??= line.UpfrontCost;
        row.CostCurrency ??= line.CostCurrency;
        TelnyxNumberFields.Apply(row, owned, options.Value, now);
        row.NumberOrderId = order.Id;
        row.PurchasedAt ??= now;
        row.UpdatedAt = now;
        line.Status = NumberOrderLineStatus.Succeeded;
    }

    /// <summary>Telnyx attaches the order's profile and connection to its numbers; where it did not, they are set here.</summary>
    private async Task<TelnyxPhoneNumber> AttachAsync(TelnyxPhoneNumber owned, string? profileId, string? connectionId, CancellationToken cancellationToken)
    {
        if (profileId is not null && owned.MessagingProfileId != profileId)
        {
            await telnyx.UpdateMessagingSettingsAsync(owned.Id, new UpdateMessagingSettingsRequest { MessagingProfileId = profileId }, cancellationToken);
            owned = owned with { MessagingProfileId = profileId };
        }
        if (connectionId is not null && owned.ConnectionId != connectionId)
            owned = await telnyx.UpdatePhoneNumberAsync(owned.Id, new UpdatePhoneNumberRequest { ConnectionId = connectionId }, cancellationToken);
        return owned;
    }

    private async Task FailedAsync(NumberOrder order, NumberOrderLine line, string why, CancellationToken cancellationToken)
    {
        line.Status = NumberOrderLineStatus.Failed;
        // Never bought, so never one of the company's numbers: its pending row (and the entry saying it was ordered) goes.
        var row = await db.CompanyNumbers.FirstOrDefaultAsync(
            n => n.PhoneNumber == line.PhoneNumber && n.NumberOrderId == order.Id && n.TelnyxId == null && n.Status == NumberStatus.Pending, cancellationToken);
        if (row is not null) db.CompanyNumbers.Remove(row);
        logger.LogWarning("Order {OrderId}: {Number} failed: {Why}", order.Id, line.PhoneNumber, why);
    }

    private async Task<NumberOrder> SaveAsync(NumberOrder order, CancellationToken cancellationToken)
    {
        var numbersChanged = db.ChangeTracker.Entries<CompanyNumber>().Any(e => e.State != EntityState.Unchanged);
        var now = time.GetUtcNow().UtcDateTime;
        order.LastCheckedAt = now;
        if (order.Lines.All(l => l.Status != NumberOrderLineStatus.Pending))
        {
            var arrived = order.Lines.Count(l => l.Status == NumberOrderLineStatus.Succeeded);
            var failed = order.Lines.Where(l => l.Status == NumberOrderLineStatus.Failed).Select(l => PhoneNumberNormalizer.Format(l.PhoneNumber)).ToList();
            order.Status = failed.Count == 0 ? NumberOrderStatus.Completed : arrived == 0 ? NumberOrderStatus.Failed : NumberOrderStatus.PartlyFailed;
            order.Problem = failed.Count == 0 ? null
                : arrived == 0 ? $"None of the {order.Lines.Count} numbers arrived: Telnyx could not provide {string.Join(", ", failed)}. Nothing was bought."
                : $"{arrived} of {order.Lines.Count} numbers arrived; {string.Join(", ", failed)} failed.";
            order.CompletedAt = now;
        }
        await db.SaveChangesAsync(cancellationToken);
        await live.PublishOrderChangedAsync(order.Id, cancellationToken);
        if (numbersChanged) await live.PublishChangedAsync(cancellationToken: cancellationToken);
        return order;
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
