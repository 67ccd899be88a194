using CrmTelnyx.Sandbox.Store;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Sandbox.Calls;

/// <summary>A simulated contact calls one of the account's numbers: call.initiated (parked) goes to the Call Control app, which answers or not.</summary>
public sealed class ReceiveInboundCall(SandboxDbContext db, CallLifecycle lifecycle, TimeProvider time, IServiceProvider services)
{
    public sealed record Result(bool Accepted, string Message, string? CallControlId = null);

    public async Task<Result> CallAsync(string from, string to, CancellationToken cancellationToken = default)
    {
        from = from.Trim();
        if (!E164.IsValid(from)) return new Result(false, $"'{from}' is not a +E.164 number.");
        var number = await db.PhoneNumbers.FirstOrDefaultAsync(n => n.PhoneNumber == to && n.Status == "active", cancellationToken);
        if (number is null) return new Result(false, $"{to} is not a number on the sandbox account.");
        if (number.ConnectionId is null) return new Result(false, $"{to} is not routed to a Call Control application, so nobody would hear it ring.");

        var call = new SandboxCall
        {
            CallControlId = SandboxIds.CallControlId(), CallLegId = Guid.NewGuid(), CallSessionId = Guid.NewGuid(), ConnectionId = number.ConnectionId,
            Direction = "incoming", From = from, To = to, State = "parked", StartedAt = time.GetUtcNow().UtcDateTime,
        };
        db.Calls.Add(call);
        await db.SaveChangesAsync(cancellationToken);
        await CallLifecycle.PublishAsync(services, call, "call.initiated", CallPayload.For(call, new { caller_id_name = from, custom_headers = Array.Empty<object>() }));
        lifecycle.AfterInboundRing(call);
        return new Result(true, $"{from} is calling {to}; it rings until the app answers.", call.CallControlId);
    }
}
