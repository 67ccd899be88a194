using System.Security.Claims;
using CrmTelnyx.Data;
using CrmTelnyx.Features.Calls.Settings;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Features.Calls.Panel;

/// <summary>The panel's Record / Stop recording, where the company records on demand (or always, to stop and restart).</summary>
public sealed class RecordCallOnDemand(LiveCallAction action, CallCommands commands, CrmDbContext db)
{
    public Task<string?> StartAsync(ClaimsPrincipal user, long callId, CancellationToken cancellationToken = default) =>
        action.RunAsync(user, callId, async call =>
        {
            var settings = await db.CallSettings.AsNoTracking().SingleAsync(cancellationToken);
            if (settings.Recording == RecordingMode.Never) return "The company does not record calls (Settings).";
            if (LiveCallAction.Live(call, CallLegRole.Contact) is not { AnsweredAt: not null } contact) return "Recording can start once the contact has answered.";
            await commands.StartRecordingAsync(call, contact, settings.Transcribe, $"record-{Guid.NewGuid():N}", cancellationToken);
            return null;
        }, cancellationToken);

    public Task<string?> StopAsync(ClaimsPrincipal user, long callId, CancellationToken cancellationToken = default) =>
        action.RunAsync(user, callId, async call =>
        {
            if (LiveCallAction.Live(call, CallLegRole.Contact) is not { } contact) return "The contact's side has ended.";
            await commands.StopRecordingAsync(call, contact, $"record-stop-{Guid.NewGuid():N}", cancellationToken);
            return null;
        }, cancellationToken);
}
