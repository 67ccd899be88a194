using System.Security.Claims;
using CrmTelnyx.Data;
using CrmTelnyx.Features.Calls.Audio;
using CrmTelnyx.Features.Calls.Outbound;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Features.Calls.Panel;

/// <summary>
/// When answering-machine detection says a machine picked up, the agent either leaves the company's prepared voicemail
/// (the uploaded recording, else the text spoken by Telnyx; the agent's phone is freed at once) or is put through to
/// talk to the machine themselves.
/// </summary>
public sealed class AnsweringMachineChoice(LiveCallAction action, CallCommands commands, ConnectCallLegs connect, CallAudioUrls urls, CrmDbContext db)
{
    public Task<string?> LeaveVoicemailAsync(ClaimsPrincipal user, long callId, CancellationToken cancellationToken = default) =>
        action.RunAsync(user, callId, async call =>
        {
            if (LiveCallAction.Live(call, CallLegRole.Contact) is not { AnsweredAt: not null } contact) return "Nobody (and no machine) has answered yet.";
            var drop = await db.CallSettings.AsNoTracking().Select(s => new { s.VoicemailDrop, s.VoicemailDropAudioFile }).SingleAsync(cancellationToken);
            call.Outcome = CallOutcome.Voicemail;
            call.Disposition ??= "Left voicemail";
            await db.SaveChangesAsync(cancellationToken);
            await commands.PlayOrSpeakAsync(call, contact, drop.VoicemailDropAudioFile is { } file ? urls.Uploaded(file) : null, ConnectCallLegs.VoicemailDropAudioStep,
                drop.VoicemailDrop, ConnectCallLegs.VoicemailDropStep, cancellationToken);
            if (LiveCallAction.Live(call, CallLegRole.Agent) is { } agent) await commands.HangUpAsync(call, agent, "hangup-agent-for-drop", cancellationToken);
            return null;
        }, cancellationToken);

    public Task<string?> TalkToMachineAsync(ClaimsPrincipal user, long callId, CancellationToken cancellationToken = default) =>
        action.RunAsync(user, callId, async call =>
        {
            if (LiveCallAction.Live(call, CallLegRole.Contact) is not { AnsweredAt: not null } contact
                || LiveCallAction.Live(call, CallLegRole.Agent) is not { } agent) return "The call is no longer up.";
            await connect.ConnectAsync(call, agent, contact, cancellationToken);
            return null;
        }, cancellationToken);
}
