namespace CrmTelnyx.Features.Calls;

/// <summary>
/// A call's status, times and outcome from its legs. Worked out afresh from the legs each time, so the order the legs'
/// events came in does not matter, and only ever moved forward.
/// </summary>
public static class CallRollUp
{
    public static void Apply(Call call)
    {
        if (call.Direction == CallDirection.Inbound && (call.RoutedByApp || call.Legs.Any(l => l.Role == CallLegRole.Agent))) ApplyInbound(call);
        else ApplyOutbound(call);
    }

    /// <summary>
    /// An inbound call the app routed: the caller's leg is answered by the app at once (to ring agents or play the
    /// greeting), so the call counts as answered only when an agent picks up, or the caller reaches voicemail.
    /// </summary>
    private static void ApplyInbound(Call call)
    {
        var caller = call.Legs.FirstOrDefault(l => l.Role == CallLegRole.Contact);
        var taken = call.Legs.Where(l => l.Role == CallLegRole.Agent && l.AnsweredAt is not null).MinBy(l => l.AnsweredAt);
        var answeredAt = taken?.AnsweredAt ?? (call.Outcome == CallOutcome.Voicemail ? caller?.AnsweredAt : null);
        var status = caller is { State: CallStates.Hangup } ? CallStatus.Ended
            : answeredAt is not null ? CallStatus.Answered
            : CallStatus.Ringing;
        if (CallStatus.MovesForward(call.Status, status)) call.Status = status;
        if (answeredAt is not null) call.AnsweredAt ??= answeredAt;
        if (call.Status != CallStatus.Ended) return;

        Ended(call, caller);
        call.Outcome ??= taken is not null ? CallOutcome.Completed : CallOutcome.Missed;
    }

    private static void ApplyOutbound(Call call)
    {
        var contact = call.Legs.FirstOrDefault(l => l.Role == CallLegRole.Contact);
        var agent = call.Legs.OrderBy(l => l.Id).FirstOrDefault(l => l.Role == CallLegRole.Agent);

        var status = contact switch
        {
            { State: CallStates.Hangup } => CallStatus.Ended,
            null when agent is { State: CallStates.Hangup } => CallStatus.Ended,
            { AnsweredAt: not null } => CallStatus.Answered,
            not null => CallStatus.Ringing,
            _ => CallStatus.Initiated,
        };
        if (CallStatus.MovesForward(call.Status, status)) call.Status = status;

        if (contact?.AnsweredAt is { } answeredAt) call.AnsweredAt ??= answeredAt;
        if (call.Status != CallStatus.Ended) return;

        Ended(call, contact ?? agent);
        call.Outcome ??= contact switch
        {
            { AnsweredAt: not null } => CallOutcome.Completed,
            not null => CallOutcome.Unanswered(contact.HangupCause),
            // The agent's own phone ended before the contact was dialled.
            _ when agent!.AnsweredAt is null => CallOutcome.Failed,
            _ => CallOutcome.Canceled,
        };
        if (contact is null && agent!.AnsweredAt is null)
            call.Error ??= "Your phone did not answer, so the contact was not called.";
    }

    /// <summary>An ended call takes its end and cause from the leg that decides it, and its talk time from answer to end.</summary>
    private static void Ended(Call call, CallLeg? last)
    {
        call.EndedAt ??= last?.EndedAt;
        call.HangupCause ??= last?.HangupCause;
        if (call.AnsweredAt is { } answered && call.EndedAt is { } ended)
            call.DurationSeconds ??= (int)Math.Max(0, Math.Round((ended - answered).TotalSeconds));
        // A call that ends on hold ends its hold too, whether or not the music's end is reported first.
        if (call.HeldSince is { } held && call.EndedAt is { } end)
        {
            call.HeldSeconds += (int)Math.Max(0, Math.Round((end - held).TotalSeconds));
            call.HeldSince = null;
        }
    }

    /// <summary>The costs the legs have reported so far, added up (a leg's call.cost comes after its hangup).</summary>
    public static void AddUpCosts(Call call)
    {
        var costed = call.Legs.Where(l => l.Cost is not null).ToList();
        if (costed.Count == 0) return;
        call.Cost = costed.Sum(l => l.Cost!.Value);
        call.BilledSeconds = costed.Sum(l => l.BilledSeconds ?? 0);
    }
}
