using CrmTelnyx.Data;
using CrmTelnyx.Features.Numbers;
using CrmTelnyx.Features.Webhooks;
using CrmTelnyx.Telnyx;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Features.Calls;

/// <summary>
/// call.initiated, call.answered, call.bridged and call.hangup keep one <see cref="Call"/> row per leg. Events come
/// twice and out of order: whichever comes first creates the row, the state only moves forward
/// (<see cref="CallStates"/>), and each time is recorded once, from the event that reports it.
/// </summary>
public sealed class RecordCallEvent(CrmDbContext db, ILogger<RecordCallEvent> logger) : IWebhookEventHandler
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

        var state = CallStates.Of(webhookEvent.EventType);
        var at = occurredAt.UtcDateTime;
        var call = await db.Calls.SingleOrDefaultAsync(c => c.CallControlId == payload.CallControlId, cancellationToken);
        if (call is null)
        {
            call = new Call
            {
                CallControlId = payload.CallControlId,
                From = payload.From ?? "",
                To = payload.To ?? "",
                Direction = await DirectionAsync(payload, cancellationToken),
                State = state,
                StartedAt = (payload.StartTime ?? occurredAt).UtcDateTime,
            };
            db.Calls.Add(call);
        }
        else if (CallStates.MovesForward(call.State, state))
        {
            call.State = state;
        }

        call.CallSessionId ??= payload.CallSessionId;
        if (webhookEvent.EventType == TelnyxEventTypes.CallInitiated)
        {
            // The leg's own first event says which way it goes and when it began, whatever came before it.
            if (ParseDirection(payload.Direction) is { } direction) call.Direction = direction;
            call.StartedAt = (payload.StartTime ?? occurredAt).UtcDateTime;
        }
        if (state == CallStates.Answered) call.AnsweredAt ??= at;
        if (state == CallStates.Hangup)
        {
            call.EndedAt ??= at;
            call.HangupCause ??= payload.HangupCause;
        }
        await db.SaveChangesAsync(cancellationToken);
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
