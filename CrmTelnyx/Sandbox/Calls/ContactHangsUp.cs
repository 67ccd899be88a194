using CrmTelnyx.Sandbox.Control;
using CrmTelnyx.Sandbox.Store;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Sandbox.Calls;

/// <summary>
/// The contact ends a call from their side: normal_clearing once it was answered; before that the callee of an
/// outbound call rejects it (call_rejected, 603) and the caller of an inbound one gives up (originator_cancel, 487).
/// </summary>
public sealed class ContactHangsUp(SandboxDbContext db, CallLifecycle lifecycle, IServiceProvider services)
{
    public async Task<ControlOutcome> HangUpAsync(string callControlId, CancellationToken cancellationToken = default)
    {
        var call = await db.Calls.SingleOrDefaultAsync(c => c.CallControlId == callControlId, cancellationToken);
        if (call is null) return new ControlOutcome(false, "There is no such call.");
        var (cause, sip) = call.State == "answered" ? ("normal_clearing", "200")
            : call.Direction == "outgoing" ? ("call_rejected", "603") : ("originator_cancel", "487");
        var source = call.Direction == "outgoing" ? "callee" : "caller";
        return await lifecycle.HangUpAsync(services, db, call, cause, source, sip, cancellationToken)
            ? new ControlOutcome(true, "The contact hung up.")
            : new ControlOutcome(false, "That call had already ended.");
    }
}
