using System.Security.Claims;
using CrmTelnyx.Data;
using CrmTelnyx.Features.Compliance;
using CrmTelnyx.Features.Contacts;
using CrmTelnyx.Identity;
using CrmTelnyx.Live;
using CrmTelnyx.Phones;
using CrmTelnyx.Telnyx;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Features.Calls.Outbound;

/// <summary>
/// "Call my phone first": rings the agent's own phone from the chosen company number; when the agent answers,
/// <see cref="ConnectCallLegs"/> dials the contact and bridges the two. The call is recorded before Telnyx is asked,
/// so its webhooks always find it.
/// </summary>
public sealed class PlaceCall(CrmDbContext db, CallCommands commands, CallerIds callerIds, ILiveNotifier live, TimeProvider time)
{
    public sealed record Request(long? ContactId, string? Number, string? CallerId, bool OverrideOptOut);

    /// <param name="NeedsOverride">The person opted out or is on do-not-call: the agent must confirm to call anyway.</param>
    public sealed record Result(Call? Call, string? Error, bool NeedsOverride = false);

    public async Task<Result> RunAsync(ClaimsPrincipal agent, Request request, CancellationToken cancellationToken = default)
    {
        var userId = agent.FindFirstValue(ClaimTypes.NameIdentifier);
        var user = userId is null ? null : await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == userId, cancellationToken);
        if (user is null) return new(null, "Sign in again to place calls.");
        if (!CallTakers.Includes(agent))
            return new(null, "Calls are for agents, managers and admins.");
        if (string.IsNullOrWhiteSpace(user.PhoneNumber))
            return new(null, "Set your phone number first: the app rings your phone, then connects you to the contact.");

        Contact? contact = null;
        string destination;
        if (request.ContactId is { } contactId)
        {
            contact = await db.Contacts.AsNoTracking().SingleOrDefaultAsync(c => c.Id == contactId && c.DeletedAt == null, cancellationToken);
            if (contact is null) return new(null, "That contact no longer exists.");
            destination = contact.Phone;
        }
        else
        {
            var number = PhoneNumberNormalizer.Normalize(request.Number);
            if (!number.IsValid) return new(null, $"Number: {number.Error}");
            destination = number.E164!;
            contact = await db.Contacts.AsNoTracking().FirstOrDefaultAsync(c => c.Phone == destination && c.DeletedAt == null, cancellationToken);
        }
        if (destination == user.PhoneNumber) return new(null, "That is your own phone: the app rings it first, so it cannot also be the number you call.");

        var optedOut = contact?.Consent == ConsentStatus.OptedOut || await ConsentRecorder.IsOptedOutAsync(db, destination, cancellationToken);
        if (optedOut && !request.OverrideOptOut)
            return new(null, $"{contact?.DisplayName ?? PhoneNumberNormalizer.Format(destination)} has opted out of contact. Call anyway only if they asked you to; it will be recorded that you did.", NeedsOverride: true);

        var options = await callerIds.ListAsync(cancellationToken);
        if (options.Count == 0) return new(null, "The company has no number that can make calls. An admin can buy one on the Numbers page.");
        var callerId = request.CallerId;
        if (string.IsNullOrEmpty(callerId)) callerId = await callerIds.DefaultForAsync(destination, contact?.State, user.Id, cancellationToken);
        else if (options.All(o => o.PhoneNumber != callerId))
            return new(null, $"{PhoneNumberNormalizer.Format(callerId)} cannot make calls now (it may have been released); choose another caller ID.");

        var call = new Call
        {
            Direction = CallDirection.Outbound,
            From = callerId!,
            To = destination,
            ContactId = contact?.Id,
            AgentUserId = user.Id,
            AgentPhone = user.PhoneNumber,
            StartedAt = time.GetUtcNow().UtcDateTime,
            OptOutOverriddenBy = optedOut ? user.Email ?? user.UserName : null,
        };
        db.Calls.Add(call);
        await db.SaveChangesAsync(cancellationToken);

        try
        {
            var dialled = await commands.DialAsync(call, CallLegRole.Agent, user.PhoneNumber, answeringMachineDetection: null, cancellationToken);
            await CallLegRows.AddIfMissingAsync(db, call, dialled.CallControlId, CallLegRole.Agent, user.PhoneNumber, time, cancellationToken);
        }
        catch (TelnyxException e)
        {
            call.Status = CallStatus.Ended;
            call.Outcome = CallOutcome.Failed;
            call.EndedAt = time.GetUtcNow().UtcDateTime;
            call.Error = e.UserMessage;
            await db.SaveChangesAsync(cancellationToken);
            await live.PublishCallAsync(call, cancellationToken);
            return new(call, $"Telnyx could not ring your phone: {e.UserMessage}");
        }
        await live.PublishCallAsync(call, cancellationToken);
        return new(call, null);
    }
}
