using System.Security.Claims;
using CrmTelnyx.Data;
using CrmTelnyx.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Features.TextCenter.Blasts.Progress;

/// <summary>
/// A manager or admin lets a blast held for the budget go out anyway: the dispatcher sends its pending rows (each still
/// waits for its recipient's quiet hours). Whoever approved it is kept on the blast.
/// </summary>
public sealed class SendHeldBlast(CrmDbContext db, BlastActivity activity, IAuthorizationService authorization, TimeProvider time)
{
    public const string NotForYou = "Only a manager or an admin can send a blast that passes the budget.";

    public async Task<BlastControlResult> SendAsync(ClaimsPrincipal user, long blastId, CancellationToken cancellationToken = default)
    {
        // The billing roles decide on spending, as they set the budget.
        if (!(await authorization.AuthorizeAsync(user, AppPolicies.Billing)).Succeeded) return new(false, NotForYou);
        var now = time.GetUtcNow();
        var action = $"Sent over the budget: approved by {user.Identity?.Name ?? "someone"} at {now:yyyy-MM-dd HH:mm} UTC";
        var sent = await db.Blasts.Where(b => b.Id == blastId && b.Status == BlastStatus.HeldForBudget)
            .ExecuteUpdateAsync(u => u.SetProperty(b => b.Status, BlastStatus.Sending).SetProperty(b => b.LastAction, action), cancellationToken);
        if (sent == 0)
        {
            var status = await db.Blasts.Where(b => b.Id == blastId).Select(b => (BlastStatus?)b.Status).SingleOrDefaultAsync(cancellationToken);
            return new(false, status is { } s ? $"This blast is not held (it is {BlastStatusText.Of(s).ToLowerInvariant()}), so there is nothing to approve." : "This blast no longer exists.");
        }
        await BlastFinishEstimate.RefreshAsync(db, blastId, now, cancellationToken);
        activity.Changed(blastId);
        return new(true, "Approved: the texts are being sent.");
    }
}
