using System.Security.Claims;
using CrmTelnyx.Data;
using CrmTelnyx.Features.Calls.Settings;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Features.Calls.Panel;

/// <summary>What the live call panel shows of one call, read afresh on every change.</summary>
public sealed class ReadLiveCall(CrmDbContext db)
{
    public sealed record View(
        long Id, string Status, string? Outcome, string? Error, CallDirection Direction, string From, string To,
        long? ContactId, string? ContactName, string? AgentUserId, string? AgentPhone,
        string? AgentLegState, string? ContactLegState, DateTime StartedAt, DateTime? AnsweredAt, DateTime? EndedAt,
        int? DurationSeconds, decimal? Cost, string? AnsweringMachineResult, bool ConsentAnnounced, string? OptOutOverriddenBy,
        string? Disposition, string? Notes, string? TransferredTo, DateTime? HeldSince, int HeldSeconds, IReadOnlyList<CallRecording> Recordings)
    {
        public bool OnHold => IsLive && HeldSince is not null;

        public bool IsLive => Status != CallStatus.Ended;
        public bool ContactAnswered => AnsweredAt is not null && ContactLegState is CallStates.Answered or CallStates.Bridged;
        public bool MachineAnswered => AnsweringMachineResult == "machine";

        /// <summary>The panel's headline: where the call is, in the agent's words.</summary>
        public string Phase => Status switch
        {
            CallStatus.Ended => Outcome switch
            {
                CallOutcome.Completed => "Call ended",
                CallOutcome.Voicemail => "Voicemail left",
                CallOutcome.Busy => "Busy",
                CallOutcome.NoAnswer => "No answer",
                CallOutcome.Canceled => "Call canceled",
                _ => "Call failed",
            },
            CallStatus.Answered when TransferredTo is not null => $"Transferred to {TransferredTo}",
            CallStatus.Answered when HeldSince is not null => "On hold",
            CallStatus.Answered when MachineAnswered && Outcome == CallOutcome.Voicemail => "Leaving voicemail…",
            CallStatus.Answered when MachineAnswered => "Answering machine",
            CallStatus.Answered => "Connected",
            CallStatus.Ringing => "Ringing…",
            _ when AgentLegState is CallStates.Answered or CallStates.Bridged => "Dialling the contact…",
            _ => "Calling your phone…",
        };
    }

    /// <summary>Null when there is no such call, or it is another agent's (admins and managers see every call).</summary>
    public async Task<View?> ReadAsync(ClaimsPrincipal user, long callId, CancellationToken cancellationToken = default)
    {
        var view = await db.Calls.AsNoTracking().Where(c => c.Id == callId).Select(c => new View(
                c.Id, c.Status, c.Outcome, c.Error, c.Direction, c.From, c.To,
                c.ContactId, db.Contacts.Where(k => k.Id == c.ContactId).Select(k => (k.FirstName + " " + k.LastName).Trim()).FirstOrDefault(),
                c.AgentUserId, c.AgentPhone,
                c.Legs.Where(l => l.Role == CallLegRole.Agent).Select(l => l.State).FirstOrDefault(),
                c.Legs.Where(l => l.Role == CallLegRole.Contact).Select(l => l.State).FirstOrDefault(),
                c.StartedAt, c.AnsweredAt, c.EndedAt, c.DurationSeconds, c.Cost, c.AnsweringMachineResult, c.ConsentAnnounced,
                c.OptOutOverriddenBy, c.Disposition, c.Notes, c.TransferredTo, c.HeldSince, c.HeldSeconds,
                c.Recordings.OrderBy(r => r.Id).ToList()))
            .SingleOrDefaultAsync(cancellationToken);
        return view is not null && CallAccess.MayControl(user, view.AgentUserId) ? view : null;
    }

    /// <summary>The agent's call still going, else the last one they placed in the past hour (so its wrap-up stays at hand).</summary>
    public async Task<long?> CurrentForAsync(string agentUserId, DateTime nowUtc, CancellationToken cancellationToken = default)
    {
        var since = nowUtc.AddHours(-1);
        return await db.Calls.AsNoTracking()
            .Where(c => c.AgentUserId == agentUserId && (c.Status != CallStatus.Ended || c.StartedAt >= since))
            .OrderByDescending(c => c.Status != CallStatus.Ended).ThenByDescending(c => c.StartedAt)
            .Select(c => (long?)c.Id).FirstOrDefaultAsync(cancellationToken);
    }

    public sealed record Choices(RecordingMode Recording, IReadOnlyList<string> Dispositions);

    /// <summary>The company's settings the panel offers: whether Record shows, and the dispositions to pick from.</summary>
    public async Task<Choices> ChoicesAsync(CancellationToken cancellationToken = default)
    {
        var settings = await db.CallSettings.AsNoTracking().SingleAsync(cancellationToken);
        return new Choices(settings.Recording, settings.DispositionList);
    }
}
