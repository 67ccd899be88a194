using System.Security.Claims;
using System.Text.RegularExpressions;

namespace CrmTelnyx.Features.Calls.Panel;

/// <summary>The panel's keypad: touch tones to the contact's side (menus, extensions).</summary>
public sealed partial class SendCallDigits(LiveCallAction action, CallCommands commands)
{
    [GeneratedRegex("^[0-9*#A-D]{1,32}$")]
    private static partial Regex Digits();

    public Task<string?> RunAsync(ClaimsPrincipal user, long callId, string digits, CancellationToken cancellationToken = default)
    {
        if (!Digits().IsMatch(digits)) return Task.FromResult<string?>("Touch tones are the digits 0–9, * and #.");
        return action.RunAsync(user, callId, async call =>
        {
            if (LiveCallAction.Live(call, CallLegRole.Contact) is not { AnsweredAt: not null } contact) return "Touch tones can be sent once the contact has answered.";
            await commands.SendDigitsAsync(call, contact, digits, $"dtmf-{Guid.NewGuid():N}", cancellationToken);
            return null;
        }, cancellationToken);
    }
}
