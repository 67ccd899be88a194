using System.Security.Claims;
using CrmTelnyx.Data;
using CrmTelnyx.Live;
using CrmTelnyx.Phones;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Features.Calls.Panel;

/// <summary>
/// The panel's Transfer: hands the contact to another agent's phone or to a number. Telnyx dials the target and
/// connects the contact when it answers; the agent's own leg is let go. If the target does not answer, the contact's
/// leg stays as it is.
/// </summary>
public sealed class TransferCall(LiveCallAction action, CallCommands commands, CrmDbContext db, ILiveNotifier live)
{
    public sealed record Target(string UserId, string Name);

    /// <summary>Who can take a transferred call: everyone who takes calls and has a phone of their own, but the person asking.</summary>
    public async Task<IReadOnlyList<Target>> TargetsAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var me = user.FindFirstValue(ClaimTypes.NameIdentifier);
        return await CallTakers.In(db).AsNoTracking()
            .Where(u => u.Id != me && !u.IsDisabled && u.PhoneNumber != null && u.PhoneNumber != "")
            .OrderBy(u => u.DisplayName)
            .Select(u => new Target(u.Id, u.DisplayName == "" ? u.Email! : u.DisplayName))
            .ToListAsync(cancellationToken);
    }

    /// <param name="agentUserId">Another agent, whose own phone rings; or null with <paramref name="number"/>.</param>
    public Task<string?> RunAsync(ClaimsPrincipal user, long callId, string? agentUserId, string? number, CancellationToken cancellationToken = default) =>
        action.RunAsync(user, callId, async call =>
        {
            if (LiveCallAction.Live(call, CallLegRole.Contact) is not { AnsweredAt: not null } contact) return "A call can be transferred once the contact has answered.";
            if (call.TransferredTo is not null) return $"The call was already transferred to {call.TransferredTo}.";

            string to, shown;
            if (!string.IsNullOrEmpty(agentUserId))
            {
                var agent = (await TargetsAsync(user, cancellationToken)).FirstOrDefault(t => t.UserId == agentUserId);
                if (agent is null) return "That person cannot take calls now (no phone of their own, or no longer a user who takes calls).";
                to = await db.Users.Where(u => u.Id == agentUserId).Select(u => u.PhoneNumber!).SingleAsync(cancellationToken);
                shown = agent.Name;
            }
            else
            {
                var normalized = PhoneNumberNormalizer.Normalize(number);
                if (!normalized.IsValid) return $"Transfer to: {normalized.Error}";
                to = normalized.E164!;
                shown = PhoneNumberNormalizer.Format(to);
            }
            if (to == call.To || to == call.AgentPhone) return "That is a number already on the call.";

            call.TransferredTo = shown;
            await db.SaveChangesAsync(cancellationToken);
            try
            {
                await commands.TransferAsync(call, contact, to, string.IsNullOrEmpty(agentUserId) ? null : agentUserId, cancellationToken);
            }
            catch
            {
                // Not transferred after all: the panel keeps offering it.
                call.TransferredTo = null;
                await db.SaveChangesAsync(cancellationToken);
                throw;
            }
            await live.PublishCallAsync(call, cancellationToken);
            return null;
        }, cancellationToken);
}
