using CrmTelnyx.Data;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Features.TextCenter.Blasts.Progress;

/// <summary>
/// Stops a sending blast from sending more: the dispatcher claims only rows of Sending blasts, so once this update is
/// committed no new row is claimed. Rows already claimed finish their one send; nothing is lost, resume continues.
/// </summary>
public sealed class PauseBlast(CrmDbContext db, BlastActivity activity, TimeProvider time)
{
    public async Task<BlastControlResult> PauseAsync(long blastId, string actor, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var action = $"Paused by {actor} at {now:yyyy-MM-dd HH:mm} UTC";
        // One conditional update, so a pause racing the dispatcher's "completed" or another person's cancel cannot undo it.
        var paused = await db.Blasts.Where(b => b.Id == blastId && b.Status == BlastStatus.Sending)
            .ExecuteUpdateAsync(u => u.SetProperty(b => b.Status, BlastStatus.Paused).SetProperty(b => b.PausedAt, now)
                .SetProperty(b => b.LastAction, action), cancellationToken);
        if (paused == 0)
        {
            var status = await db.Blasts.Where(b => b.Id == blastId).Select(b => (BlastStatus?)b.Status).SingleOrDefaultAsync(cancellationToken);
            return new(false, status is { } s ? BlastStatusText.CannotBe(s, "paused") : "This blast no longer exists.");
        }
        activity.Changed(blastId);
        return new(true, "Paused: nothing more is sent until you resume. Texts already handed to Telnyx still arrive.");
    }
}
