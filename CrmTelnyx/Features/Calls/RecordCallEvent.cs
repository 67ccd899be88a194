using CrmTelnyx.Data;
using CrmTelnyx.Features.Numbers;
using CrmTelnyx.Features.Webhooks;
using CrmTelnyx.Live;
using CrmTelnyx.Telnyx;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Features.Calls;

/// <summary>
/// call.initiated, call.answered, call.bridged and call.hangup keep one <see cref="CallLeg"/> row per leg and roll the
/// legs up into their <see cref="Call"/>. Events come twice and out of order: whichever comes first creates the row,
/// states only move forward (<see cref="CallStates"/>, <see cref="CallStatus"/>), and each time is recorded once.
/// A leg the app tagged (<see cref="CallClientState"/>) joins its call; any other starts a call of its own.
/// </summary>
public sealed class RecordCallEvent(CrmDbContext db, ILiveNotifier live, AfterWebhookCommit afterCommit, ILogger<RecordCallEvent> logger)
    : IWebhookEventHandler
{
    public IReadOnlyCollection<string> EventTypes { get; } =
        [TelnyxEventTypes.CallInitiated, TelnyxEventTypes.CallAnswered, TelnyxEventTypes.CallBridged, TelnyxEventTypes.CallHangup];

    public bool OnlyWritesTheDatabase => true;

    public async Task HandleAsync(TelnyxEventData webhookEvent, DateTimeOffset occurredAt, CancellationToken cancellationToken)
    {
        var payload = webhookEvent.PayloadAs<CallEventPayload>();
        if (string.IsNullOrEmpty(payload.CallControlId))
        {
            logger.LogInformation("{EventType} {EventId} names no call leg: ignored", webhookEvent.EventType, webhookEvent.Id);
            return;
        }

        var leg = await FindOrAddLegAsync(payload, occurredAt, cancellationToken);
        var call = leg.Call!;
        leg.CallLegId ??= payload.CallLegId;
        var state = CallStates.Of(webhookEvent.EventType);
        var at = occurredAt.UtcDateTime;
        if (CallStates.MovesForward(leg.State, state)) leg.State = state;
        if (webhookEvent.EventType == TelnyxEventTypes.CallInitiated)
        {
            // The leg's own first event says when it began, whatever came before it.
            leg.StartedAt = (payload.StartTime ?? occurredAt).UtcDateTime;
            if (call.Legs.Count == 1)
            {
                // A call the app did not place is this one leg: the leg's start and direction are the call's.
                call.StartedAt = leg.StartedAt;
                if (ParseDirection(payload.Direction) is { } direction) call.Direction = direction;
            }
        }
        if (state is CallStates.Answered or CallStates.Bridged) leg.AnsweredAt ??= at;
        if (state == CallStates.Hangup)
        {
            leg.EndedAt ??= at;
            leg.HangupCause ??= payload.HangupCause;
        }
        if (leg.Role == CallLegRole.Contact)
        {
            call.CallControlId ??= leg.CallControlId;
            call.CallSessionId ??= payload.CallSessionId;
        }

        CallRollUp.Apply(call);
        await db.SaveChangesAsync(cancellationToken);
        afterCommit.Add(ct => live.PublishCallAsync(call, ct));
    }

    private async Task<CallLeg> FindOrAddLegAsync(CallEventPayload payload, DateTimeOffset occurredAt, CancellationToken cancellationToken)
    {
        var leg = await db.CallLegs.Include(l => l.Call).ThenInclude(c => c!.Legs)
            .SingleOrDefaultAsync(l => l.CallControlId == payload.CallControlId, cancellationToken);
        if (leg is not null) return leg;

        var tag = CallClientState.Read(payload.ClientState);
        var call = tag is null ? null
            : await db.Calls.Include(c => c.Legs).SingleOrDefaultAsync(c => c.Id == tag.CallId, cancellationToken);
        if (call is null)
        {
            call = new Call
            {
                From = payload.From ?? "",
                To = payload.To ?? "",
                Direction = await DirectionAsync(payload, cancellationToken),
                StartedAt = (payload.StartTime ?? occurredAt).UtcDateTime,
            };
            db.Calls.Add(call);
        }

        leg = new CallLeg
        {
            CallControlId = payload.CallControlId!,
            Call = call,
            Role = tag?.Role ?? CallLegRole.Contact,
            // An inbound call's agent legs carry whose phone they ring (RouteInboundCall).
            AgentUserId = tag is { Role: CallLegRole.Agent } ? tag.Step : null,
            To = payload.To ?? "",
            StartedAt = (payload.StartTime ?? occurredAt).UtcDateTime,
        };
        call.Legs.Add(leg);
        return leg;
    }

    /// <summary>From the payload; when a later event beats call.initiated without saying, inbound if it rings one of the company's numbers.</summary>
    private async Task<CallDirection> DirectionAsync(CallEventPayload payload, CancellationToken cancellationToken) =>
        ParseDirection(payload.Direction)
        ?? (await db.CompanyNumbers.AnyAsync(n => n.PhoneNumber == payload.To && n.Status != NumberStatus.Released, cancellationToken)
            ? CallDirection.Inbound
            : CallDirection.Outbound);

    private static CallDirection? ParseDirection(string? direction) => direction switch
    {
        "incoming" => CallDirection.Inbound,
        "outgoing" => CallDirection.Outbound,
        _ => null,
    };
}
