using CrmTelnyx.Data;
using Microsoft.EntityFrameworkCore;
using Quartz;

namespace CrmTelnyx.Identity;

/// <summary>Deletes sign-in sessions a while after they ended or went idle, so the table holds what is in use, not every sign-in ever.</summary>
[DisallowConcurrentExecution]
public sealed class UserSessionSweep(CrmDbContext db, SignInSessions sessions, TimeProvider time, ILogger<UserSessionSweep> logger) : IJob
{
    /// <summary>How long an ended session is kept, for a look back at recent sign-ins.</summary>
    public static readonly TimeSpan KeepFor = TimeSpan.FromDays(7);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) => await SweepAsync(cancellationToken);

    /// <returns>How many sessions were deleted.</returns>
    public async Task<int> SweepAsync(CancellationToken cancellationToken = default)
    {
        var cutoff = time.GetUtcNow().UtcDateTime - KeepFor;
        var idleCutoff = cutoff - sessions.IdleTimeout;
        var deleted = await db.UserSessions
            .Where(s => s.EndedAt < cutoff || (s.EndedAt == null && s.LastSeenAt < idleCutoff))
            .ExecuteDeleteAsync(cancellationToken);
        if (deleted > 0) logger.LogInformation("Deleted {Count} sign-in sessions that ended more than {Days} days ago", deleted, KeepFor.TotalDays);
        return deleted;
    }
}
