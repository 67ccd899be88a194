using CrmTelnyx.Data;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Features.TextCenter.Blasts.Progress;

/// <summary>
/// Stops a blast for good: the blast is marked Cancelled first (so the dispatcher claims nothing more of it), then
/// every row still pending becomes cancelled. Rows already claimed finish their one send and keep their status.
/// </summary>
public sealed class CancelBlast(CrmDbContext db, BlastActivity activity, TimeProvider time)
{
    /// <summary>A draft is not among them: nothing of it was ever going to go out; it is deleted instead (DeleteDraft).</summary>
    private static readonly BlastStatus[] Cancellable = [BlastStatus.Scheduled, BlastStatus.Sending, BlastStatus.Paused, BlastStatus.HeldForBudget];

    public async Task<BlastControlResult> CancelAsync(long blastId, string actor, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var action = $"Cancelled by {actor} at {now:yyyy-MM-dd HH:mm} UTC";
        // Preparing is left out: the start is still writing rows in its own transaction and would mark the blast Sending after.
        var cancelled = await db.Blasts.Where(b => b.Id == blastId && Cancellable.Contains(b.Status))
            .ExecuteUpdateAsync(u => u.SetProperty(b => b.Status, BlastStatus.Cancelled).SetProperty(b => b.CompletedAt, now)
                .SetProperty(b => b.LastAction, action), cancellationToken);
        if (cancelled == 0)
        {
            var status = await db.Blasts.Where(b => b.Id == blastId).Select(b => (BlastStatus?)b.Status).SingleOrDefaultAsync(cancellationToken);
            return new(false, status is { } s ? BlastStatusText.CannotBe(s, "cancelled") : "This blast no longer exists.");
        }

        var rows = await db.Messages.Where(m => m.BlastId == blastId && m.Status == MessageStatuses.Pending)
            .ExecuteUpdateAsync(u => u.SetProperty(m => m.Status, MessageStatuses.Cancelled).SetProperty(m => m.CompletedAt, now)
                .SetProperty(m => m.UpdatedAt, now), cancellationToken);
        activity.Changed(blastId);
        return new(true, rows == 0 ? "Cancelled." : $"Cancelled: {rows:N0} texts not yet sent will not be sent.");
    }
}
