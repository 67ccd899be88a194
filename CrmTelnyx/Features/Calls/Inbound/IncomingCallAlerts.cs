using CrmTelnyx.Data;
using CrmTelnyx.Live;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Features.Calls.Inbound;

/// <summary>Tells each agent whose phone rings who is calling (their contact card), and tells them when someone took it.</summary>
public sealed class IncomingCallAlerts(CrmDbContext db, ILiveNotifier live)
{
    public const string Ringing = "incoming-call";
    public const string Taken = "incoming-call-taken";

    public async Task RingingAsync(Call call, string agentUserId, CancellationToken cancellationToken)
    {
        var contact = call.ContactId is { } id
            ? await db.Contacts.AsNoTracking().Where(c => c.Id == id).Select(c => new { c.FirstName, c.LastName, c.Company, c.State }).SingleOrDefaultAsync(cancellationToken)
            : null;
        var name = contact is null ? null : $"{contact.FirstName} {contact.LastName}".Trim();
        await live.PublishAsync(LiveTopics.User(agentUserId), Ringing,
            new IncomingCall(call.Id, call.From, call.To, call.ContactId, string.IsNullOrEmpty(name) ? null : name, contact?.Company, contact?.State), cancellationToken);
    }

    public async Task TakenAsync(Call call, CancellationToken cancellationToken)
    {
        foreach (var agentId in call.Legs.Where(l => l.AgentUserId is not null).Select(l => l.AgentUserId!).Distinct())
            await live.PublishAsync(LiveTopics.User(agentId), Taken, new IncomingCallTaken(call.Id, call.AgentUserId), cancellationToken);
    }
}

/// <summary>A call is ringing this agent's phone: the caller's number and, when known, their contact card.</summary>
public sealed record IncomingCall(long CallId, string From, string To, long? ContactId, string? ContactName, string? Company, string? State);

public sealed record IncomingCallTaken(long CallId, string? AgentUserId);
