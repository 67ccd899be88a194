using CrmTelnyx.Sandbox.Store;
using CrmTelnyx.Sandbox.Webhooks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CrmTelnyx.Sandbox.Numbers;

/// <summary>
/// POST /v2/number_orders: answers pending; a moment later each number of the order succeeds or fails on its own and
/// number_order.complete is sent. The control page can refuse the next orders or fail chosen numbers (<see cref="NumberOrderRules"/>).
/// </summary>
public static class CreateNumberOrder
{
    public sealed record OrderedNumber(string? PhoneNumber);

    public sealed record Request(OrderedNumber[]? PhoneNumbers, string? ConnectionId, string? MessagingProfileId, string? CustomerReference);

    public sealed record Services(SandboxDbContext Db, SandboxScheduler Scheduler, IOptions<SandboxOptions> Options, TimeProvider Time, NumberOrderRules Rules);

    public static async Task<IResult> HandleAsync(HttpRequest http, [AsParameters] Services s)
    {
        var (request, error) = await SandboxRequestBody.ReadAsync<Request>(http);
        if (request is null) return error!;
        if (request.PhoneNumbers is not { Length: > 0 }) return SandboxErrors.MissingParameter("/phone_numbers");
        if (request.PhoneNumbers.Length > 1000)
            return SandboxErrors.BadRequest("1000 numbers is the maximum allowed.", "/phone_numbers");

        var numbers = request.PhoneNumbers.Select(p => p.PhoneNumber ?? "").ToList();
        for (var i = 0; i < numbers.Count; i++)
            if (!E164.IsValid(numbers[i])) return SandboxErrors.NotE164($"/phone_numbers/{i}/phone_number", numbers[i]);

        var taken = await s.Db.PhoneNumbers.Where(n => n.Status == "active" && numbers.Contains(n.PhoneNumber)).Select(n => n.PhoneNumber).FirstOrDefaultAsync();
        if (taken is not null)
            return SandboxErrors.Result(422, "10015", "Number not available", $"'{taken}' is not available to order.", "/phone_numbers");
        if (!string.IsNullOrEmpty(request.ConnectionId) && !await s.Db.CallControlApplications.AnyAsync(a => a.Id == request.ConnectionId))
            return SandboxErrors.Result(422, "10015", "Invalid connection_id", $"No connection '{request.ConnectionId}' on this account.", "/connection_id");
        if (!string.IsNullOrEmpty(request.MessagingProfileId) && !await s.Db.MessagingProfiles.AnyAsync(p => p.Id == request.MessagingProfileId))
            return SandboxErrors.Result(422, "10015", "Invalid messaging_profile_id", $"No messaging profile '{request.MessagingProfileId}' on this account.", "/messaging_profile_id");
        if (s.Rules.TakeRefusal() is { } refusal) return Refuse(http, refusal, numbers[0]);

        var now = s.Time.GetUtcNow().UtcDateTime;
        var order = new SandboxNumberOrder
        {
            Id = Guid.NewGuid(), PhoneNumbers = string.Join(',', numbers.Distinct()), ConnectionId = NullIfEmpty(request.ConnectionId),
            MessagingProfileId = NullIfEmpty(request.MessagingProfileId), CustomerReference = request.CustomerReference, CreatedAt = now, UpdatedAt = now,
        };
        s.Db.NumberOrders.Add(order);
        await s.Db.SaveChangesAsync();
        s.Scheduler.Schedule(TimeSpan.FromMilliseconds(s.Options.Value.NumberOrderDelayMs), "number_order.complete",
            (services, ct) => CompleteAsync(services, order.Id, ct));
        return SandboxJson.Data(NumberOrderResource.From(order));
    }

    /// <summary>
    /// A refusal chosen on the control page. The balance one is an assumption: Telnyx's catalogue of errors was not
    /// checked for it, so it answers 402 with code 20100 "Insufficient funds" (docs/sandbox.md says so).
    /// </summary>
    private static IResult Refuse(HttpRequest http, OrderRefusal refusal, string firstNumber)
    {
        switch (refusal)
        {
            case OrderRefusal.BalanceTooLow:
                return SandboxErrors.Result(402, "20100", "Insufficient funds", "Your account balance is too low to place this order.");
            case OrderRefusal.NumberUnavailable:
                return SandboxErrors.Result(422, "10015", "Number not available", $"'{firstNumber}' is no longer available to order.", "/phone_numbers");
            default:
                // Longer than a client's patience for Retry-After, so the refusal reaches the person instead of a silent retry.
                http.HttpContext.Response.Headers.RetryAfter = "120";
                return SandboxErrors.Result(429, "10011", "Too many requests", "You have exceeded the maximum number of allowed requests.");
        }
    }

    private static async Task CompleteAsync(IServiceProvider services, Guid orderId, CancellationToken ct)
    {
        var db = services.GetRequiredService<SandboxDbContext>();
        var options = services.GetRequiredService<IOptions<SandboxOptions>>().Value;
        var rules = services.GetRequiredService<NumberOrderRules>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var order = await db.NumberOrders.SingleAsync(o => o.Id == orderId, ct);
        var numbers = order.PhoneNumbers.Split(',');
        // A number taken in the meantime, or marked to fail on the control page, fails alone; the others arrive.
        var taken = await db.PhoneNumbers.Where(n => n.Status == "active" && numbers.Contains(n.PhoneNumber)).Select(n => n.PhoneNumber).ToListAsync(ct);
        var failed = numbers.Where(n => taken.Contains(n) || rules.FailsWhenOrdered(n)).ToList();
        order.FailedNumbers = string.Join(',', failed);
        order.Status = failed.Count == 0 ? "success" : "failure";
        order.UpdatedAt = now;
        foreach (var number in numbers.Except(failed))
            db.PhoneNumbers.Add(new SandboxPhoneNumber
            {
                Id = SandboxIds.Numeric(), PhoneNumber = number, ConnectionId = order.ConnectionId, MessagingProfileId = order.MessagingProfileId,
                CustomerReference = order.CustomerReference, UpfrontCost = options.NumberUpfrontCost, MonthlyCost = options.NumberMonthlyCost,
                CreatedAt = now, UpdatedAt = now,
            });
        await db.SaveChangesAsync(ct);
        services.GetRequiredService<WebhookPublisher>().Publish("number_order.complete", NumberOrderResource.From(order),
            services.GetRequiredService<WebhookDestination>().Default);
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
