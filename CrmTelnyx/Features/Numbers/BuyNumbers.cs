using System.Net;
using System.Security.Claims;
using CrmTelnyx.Data;
using CrmTelnyx.Identity;
using CrmTelnyx.Live;
using CrmTelnyx.Phones;
using CrmTelnyx.Telnyx;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Features.Numbers;

/// <summary>
/// Buys the chosen numbers in one Telnyx order. The order and a pending row per number are recorded first (so a crash
/// or a lost answer leaves a trace to check, and a second order of the same number is refused by the database); then
/// Telnyx is asked. A refusal removes the pending rows; a lost answer leaves the order Unknown for
/// <see cref="CheckNumberOrders"/> to settle, never ordered again blindly. <see cref="CompleteNumberOrder"/> finishes it.
/// </summary>
public sealed class BuyNumbers(
    CrmDbContext db, TelnyxClient telnyx, ITelnyxConnectionSource connection, NumberAuditTrail audit, CompleteNumberOrder complete,
    ILiveNotifier live, TimeProvider time, IAuthorizationService authorization, ILogger<BuyNumbers> logger)
{
    public const int MaxNumbers = 20;
    public const string NotAllowed = "Buying numbers is for admins.";
    private const string UnknownPrice = "an unknown price";

    public sealed record Result(long? OrderId, string? Error);

    /// <summary>The customer reference Telnyx keeps on the order and its numbers, so a lost order can be recognised.</summary>
    public static string CustomerReference(long orderId) => $"{ReferencePrefix}{orderId}";

    private const string ReferencePrefix = "crm-number-order-";

    /// <summary>The order id in a reference made by <see cref="CustomerReference"/>, else null.</summary>
    public static long? OrderIdOf(string? customerReference) =>
        customerReference is not null && customerReference.StartsWith(ReferencePrefix, StringComparison.Ordinal)
        && long.TryParse(customerReference.AsSpan(ReferencePrefix.Length), out var id) ? id : null;

    /// <param name="searchedState">The state the numbers were searched in; they are assigned to it (else to their area code's).</param>
    public async Task<Result> BuyAsync(
        ClaimsPrincipal buyer, IReadOnlyList<NumberOffer> chosen, string? searchedState, CancellationToken cancellationToken = default)
    {
        if (!(await authorization.AuthorizeAsync(buyer, AppPolicies.Numbers)).Succeeded) return new(null, NotAllowed);
        if (chosen.Count == 0) return new(null, "Choose the numbers to buy.");
        if (chosen.Count > MaxNumbers) return new(null, $"Buy at most {MaxNumbers} numbers in one order.");
        if (chosen.DistinctBy(n => n.PhoneNumber).Count() != chosen.Count) return new(null, "A number is chosen twice.");
        if (chosen.FirstOrDefault(n => !PhoneNumberNormalizer.Normalize(n.PhoneNumber).IsValid) is { } invalid)
            return new(null, $"{invalid.PhoneNumber} is not a phone number.");

        var numbers = chosen.Select(n => n.PhoneNumber).ToList();
        if (await HeldAlreadyAsync(numbers, cancellationToken) is { } held) return new(null, held);

        var actor = buyer.FindFirstValue(ClaimTypes.Email) ?? buyer.Identity?.Name ?? "someone";
        var now = time.GetUtcNow().UtcDateTime;
        var order = new NumberOrder
        {
            Status = NumberOrderStatus.Sending,
            State = searchedState,
            OrderedBy = actor,
            CreatedAt = now,
            Lines = chosen.Select(n => new NumberOrderLine
            {
                PhoneNumber = n.PhoneNumber, Status = NumberOrderLineStatus.Pending, MonthlyCost = n.MonthlyCost, UpfrontCost = n.UpfrontCost,
                CostCurrency = n.Currency,
            }).ToList(),
        };
        if (!await RecordAsync(order, chosen, searchedState, actor, now, cancellationToken))
            return new(null, await HeldAlreadyAsync(numbers, cancellationToken) ?? "One of these numbers is being ordered right now.");
        await live.PublishOrderChangedAsync(order.Id, cancellationToken);
        await live.PublishChangedAsync(cancellationToken: cancellationToken);

        TelnyxNumberOrder placed;
        try
        {
            var current = connection.Current;
            placed = await telnyx.CreateNumberOrderAsync(
                new CreateNumberOrderRequest(numbers.Select(n => new NumberOrderItem(n)).ToList())
                {
                    ConnectionId = NullIfEmpty(current.ConnectionId),
                    MessagingProfileId = NullIfEmpty(current.MessagingProfileId),
                    CustomerReference = CustomerReference(order.Id),
                }, cancellationToken);
        }
        catch (TelnyxException ex)
        {
            await NotPlacedAsync(order, ex);
            return new(order.Id, order.Problem);
        }

        order.TelnyxOrderId = placed.Id;
        order.Status = NumberOrderStatus.Pending;
        await db.SaveChangesAsync(CancellationToken.None);
        await live.PublishOrderChangedAsync(order.Id, CancellationToken.None);
        // Telnyx may have finished already (a quick order): the answer carries each number's outcome.
        if (placed.Status is "success" or "failure")
        {
            try
            {
                await complete.ApplyAsync(placed, CancellationToken.None);
            }
            catch (TelnyxException ex)
            {
                // Placed all the same: the webhook or the next check settles it.
                logger.LogWarning(ex, "Number order {OrderId} could not be settled at once", order.Id);
            }
        }
        return new(order.Id, null);
    }

    private async Task<string?> HeldAlreadyAsync(List<string> numbers, CancellationToken cancellationToken)
    {
        var held = await db.CompanyNumbers.Where(n => n.Status != NumberStatus.Released && numbers.Contains(n.PhoneNumber))
            .Select(n => new { n.PhoneNumber, n.Status }).FirstOrDefaultAsync(cancellationToken);
        return held is null ? null
            : held.Status == NumberStatus.Pending ? $"{PhoneNumberNormalizer.Format(held.PhoneNumber)} is already being ordered."
            : $"{PhoneNumberNormalizer.Format(held.PhoneNumber)} is already one of the company's numbers.";
    }

    /// <summary>The order, its pending numbers and their "Bought" entries, together or not at all.</summary>
    private async Task<bool> RecordAsync(
        NumberOrder order, IReadOnlyList<NumberOffer> chosen, string? searchedState, string actor, DateTime now, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.NumberOrders.Add(order);
        await db.SaveChangesAsync(cancellationToken);
        foreach (var offer in chosen)
        {
            var row = new CompanyNumber
            {
                PhoneNumber = offer.PhoneNumber, Status = NumberStatus.Pending, Kind = offer.Kind,
                State = offer.Kind == NumberKind.TollFree ? null : searchedState ?? offer.State ?? NanpAreaCodes.ForE164(offer.PhoneNumber)?.Region,
                CanSms = offer.Sms, CanMms = offer.Mms, CanVoice = offer.Voice,
                MonthlyCost = offer.MonthlyCost, UpfrontCost = offer.UpfrontCost, CostCurrency = offer.Currency,
                NumberOrderId = order.Id, CreatedAt = now, UpdatedAt = now, UpdatedBy = actor,
            };
            db.CompanyNumbers.Add(row);
            audit.Add(row, NumberAuditAction.Bought, $"Ordered in order #{order.Id} at {MoneyText.Of(offer.UpfrontCost, offer.Currency, UnknownPrice)} upfront and {MoneyText.Of(offer.MonthlyCost, offer.Currency, UnknownPrice)} a month.", actor);
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            // Another order took one of these numbers a moment ago (one live row per number).
            await transaction.RollbackAsync(CancellationToken.None);
            db.ChangeTracker.Clear();
            return false;
        }
    }

    private async Task NotPlacedAsync(NumberOrder order, TelnyxException ex)
    {
        // Only a refusal (4xx) or a request that never left is surely not an order; a 5xx or a timeout may hide one.
        var surelyNotPlaced = ex is TelnyxApiException { StatusCode: >= HttpStatusCode.BadRequest and < HttpStatusCode.InternalServerError }
            || ex is TelnyxUnreachableException { MayHaveBeenApplied: false };
        logger.LogWarning(ex, "Number order {OrderId} was {Outcome}", order.Id, surelyNotPlaced ? "refused" : "sent without an answer");
        var now = time.GetUtcNow().UtcDateTime;
        order.LastCheckedAt = now;
        if (surelyNotPlaced)
        {
            order.Status = NumberOrderStatus.Refused;
            order.Problem = (ex is TelnyxApiException ? "Telnyx refused the order; nothing was bought. " : "Nothing was ordered. ") + ex.UserMessage;
            order.CompletedAt = now;
            foreach (var line in order.Lines) line.Status = NumberOrderLineStatus.Failed;
            await db.CompanyNumbers.Where(n => n.NumberOrderId == order.Id && n.TelnyxId == null && n.Status == NumberStatus.Pending)
                .ExecuteDeleteAsync(CancellationToken.None);
        }
        else
        {
            order.Status = NumberOrderStatus.Unknown;
            order.Problem = "Telnyx's answer was lost, so it is not known yet whether the numbers were ordered. " +
                "The app checks with Telnyx by itself; do not order them again meanwhile.";
        }
        await db.SaveChangesAsync(CancellationToken.None);
        await live.PublishOrderChangedAsync(order.Id, CancellationToken.None);
        await live.PublishChangedAsync(cancellationToken: CancellationToken.None);
    }

    private static string? NullIfEmpty(string value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
