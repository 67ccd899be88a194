using System.Globalization;
using CrmTelnyx.Data;
using CrmTelnyx.Features.Webhooks;
using CrmTelnyx.Live;
using CrmTelnyx.Telnyx;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Features.Calls;

/// <summary>
/// call.cost gives each leg's cost and billed seconds; the call's are the legs' added up. A repeat sets the same
/// figures again, so nothing counts twice.
/// </summary>
public sealed class RecordCallCost(CrmDbContext db, ILiveNotifier live, AfterWebhookCommit afterCommit) : IWebhookEventHandler
{
    public IReadOnlyCollection<string> EventTypes { get; } = [TelnyxEventTypes.CallCost];

    public bool OnlyWritesTheDatabase => true;

    public async Task HandleAsync(TelnyxEventData webhookEvent, DateTimeOffset occurredAt, CancellationToken cancellationToken)
    {
        var payload = webhookEvent.PayloadAs<CallEventPayload>();
        if (string.IsNullOrEmpty(payload.CallControlId) || !decimal.TryParse(payload.TotalCost, NumberStyles.Number, CultureInfo.InvariantCulture, out var cost))
            return;
        var leg = await db.CallLegs.Include(l => l.Call).ThenInclude(c => c!.Legs)
            .SingleOrDefaultAsync(l => l.CallControlId == payload.CallControlId, cancellationToken)
            // Its call.initiated is still on the way: the processor tries this event again later.
            ?? throw new InvalidOperationException($"call.cost for leg {payload.CallControlId}, which is not recorded yet");
        leg.Cost = cost;
        leg.BilledSeconds = payload.BilledDurationSecs;
        CallRollUp.AddUpCosts(leg.Call!);
        await db.SaveChangesAsync(cancellationToken);
        afterCommit.Add(ct => live.PublishCallAsync(leg.Call!, ct));
    }
}
