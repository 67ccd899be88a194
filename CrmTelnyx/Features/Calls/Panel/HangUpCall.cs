using System.Security.Claims;

namespace CrmTelnyx.Features.Calls.Panel;

/// <summary>The panel's Hang up: ends every leg still up; the legs' hangup webhooks end the call.</summary>
public sealed class HangUpCall(LiveCallAction action, CallCommands commands)
{
    public Task<string?> RunAsync(ClaimsPrincipal user, long callId, CancellationToken cancellationToken = default) =>
        action.RunAsync(user, callId, async call =>
        {
            foreach (var leg in call.Legs.Where(l => l.State != CallStates.Hangup))
                await commands.HangUpAsync(call, leg, $"hangup-{leg.Role}-by-agent", cancellationToken);
            return null;
        }, cancellationToken);
}
