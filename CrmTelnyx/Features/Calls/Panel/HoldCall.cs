using System.Security.Claims;
using CrmTelnyx.Features.Calls.Audio;

namespace CrmTelnyx.Features.Calls.Panel;

/// <summary>
/// The panel's Hold / Resume. Call Control has no hold command for a phone call, so hold is music played on the
/// contact's leg only, looping until Resume stops it; the agent's phone stays connected. The panel says "On hold"
/// only once Telnyx reports the music playing (<see cref="RecordCallHold"/>).
/// </summary>
public sealed class HoldCall(LiveCallAction action, CallCommands commands, CallAudioUrls urls)
{
    public const string StepPrefix = "hold-";

    public static bool IsHoldStep(string? step) => step?.StartsWith(StepPrefix, StringComparison.Ordinal) == true;

    public Task<string?> HoldAsync(ClaimsPrincipal user, long callId, CancellationToken cancellationToken = default) =>
        action.RunAsync(user, callId, async call =>
        {
            if (LiveCallAction.Live(call, CallLegRole.Contact) is not { AnsweredAt: not null } contact) return "A call can be put on hold once the contact has answered.";
            if (call.HeldSince is not null) return "The contact is already on hold.";
            // Each hold is its own step: a new command_id for Telnyx, and a name its events come back with.
            await commands.PlayAsync(call, contact, urls.HoldMusic, $"{StepPrefix}{Guid.NewGuid():N}", "infinity", cancellationToken);
            return null;
        }, cancellationToken);

    public Task<string?> ResumeAsync(ClaimsPrincipal user, long callId, CancellationToken cancellationToken = default) =>
        action.RunAsync(user, callId, async call =>
        {
            if (LiveCallAction.Live(call, CallLegRole.Contact) is not { } contact) return "The contact's side has ended.";
            if (call.HeldSince is null) return "The contact is not on hold.";
            await commands.StopPlaybackAsync(call, contact, $"resume-{Guid.NewGuid():N}", cancellationToken);
            return null;
        }, cancellationToken);
}
