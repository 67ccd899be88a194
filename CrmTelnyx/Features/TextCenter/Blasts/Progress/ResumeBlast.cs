using CrmTelnyx.Data;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Features.TextCenter.Blasts.Progress;

/// <summary>Lets the dispatcher send a paused blast's pending rows again (each still waits for its recipient's quiet hours).</summary>
public sealed class ResumeBlast(CrmDbContext db, BlastActivity activity, TimeProvider time)
{
    public async Task<BlastControlResult> ResumeAsync(long blastId, string actor, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var action = $"Resumed by {actor} at {now:yyyy-MM-dd HH:mm} UTC";
        var resumed = await db.Blasts.Where(b => b.Id == blastId && b.Status == BlastStatus.Paused)
            .ExecuteUpdateAsync(u => u.SetProperty(b => b.Status, BlastStatus.Sending).SetProperty(b => b.PausedAt, (DateTimeOffset?)null)
                .SetProperty(b => b.LastAction, action), cancellationToken);
        if (resumed == 0)
        {
            var status = await db.Blasts.Where(b => b.Id == blastId).Select(b => (BlastStatus?)b.Status).SingleOrDefaultAsync(cancellationToken);
            return new(false, status is { } s ? BlastStatusText.CannotBe(s, "resumed") : "This blast no longer exists.");
        }
        await BlastFinishEstimate.RefreshAsync(db, blastId, now, cancellationToken);
        activity.Changed(blastId);
        return new(true, "Resumed: the remaining texts are being sent.");
    }
}
