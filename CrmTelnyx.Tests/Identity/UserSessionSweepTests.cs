using CrmTelnyx.Identity;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace CrmTelnyx.Tests.Identity;

/// <summary>Sign-in sessions do not pile up for ever: a while after they end or go idle, the sweep deletes them.</summary>
public sealed class UserSessionSweepTests(CrmAppFactory app) : IClassFixture<CrmAppFactory>
{
    [Fact]
    public async Task Sessions_long_ended_or_long_idle_are_deleted_and_recent_ones_kept()
    {
        // The app's own hourly sweep (it also runs at start-up) is paused, so it cannot delete these sessions before this sweep does.
        var scheduler = await app.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        await scheduler.PauseJob(new JobKey(nameof(UserSessionSweep)));
        var user = await app.CreateUserAsync("sweep@crm.test", "Sweep-Passw0rd1", "Staff");
        var now = app.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var idle = app.Services.GetRequiredService<SignInSessions>().IdleTimeout;
        UserSession Session(string client, DateTime lastSeen, DateTime? ended) =>
            new() { Id = Guid.NewGuid(), UserId = user.Id, CreatedAt = lastSeen, LastSeenAt = lastSeen, EndedAt = ended, Client = client };
        await app.WithDbAsync(async db =>
        {
            db.UserSessions.AddRange(
                Session("ended long ago", now.AddDays(-30), now.AddDays(-8)),
                Session("idle long ago", now - idle - UserSessionSweep.KeepFor - TimeSpan.FromHours(1), null),
                Session("ended yesterday", now.AddDays(-2), now.AddDays(-1)),
                Session("in use", now.AddMinutes(-1), null));
            return await db.SaveChangesAsync();
        });

        await using var scope = app.Services.CreateAsyncScope();
        var deleted = await ActivatorUtilities.CreateInstance<UserSessionSweep>(scope.ServiceProvider).SweepAsync();

        Assert.Equal(2, deleted);
        var left = await app.WithDbAsync(db => db.UserSessions.Where(s => s.UserId == user.Id).Select(s => s.Client).OrderBy(c => c).ToListAsync());
        Assert.Equal(["ended yesterday", "in use"], left);
    }

    [Fact]
    public async Task The_sweep_is_scheduled_in_the_running_app()
    {
        var scheduler = await app.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();

        Assert.True(await scheduler.Exists(new JobKey(nameof(UserSessionSweep)), CancellationToken.None));
    }
}
