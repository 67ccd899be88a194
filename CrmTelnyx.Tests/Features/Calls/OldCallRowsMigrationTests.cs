using CrmTelnyx.Data;
using CrmTelnyx.Features.Calls;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CrmTelnyx.Tests.Features.Calls;

/// <summary>Calls recorded before the Calls tab (one row per leg) become one-leg calls in the new words on upgrade.</summary>
public sealed class OldCallRowsMigrationTests : IDisposable
{
    private readonly string path = Path.Combine(Path.GetTempPath(), $"crm-migration-{Guid.NewGuid():N}.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(path);
    }

    [Fact]
    public async Task An_ended_and_a_ringing_call_from_before_keep_their_times_and_get_a_leg_status_and_outcome()
    {
        await using var db = new CrmDbContext(new DbContextOptionsBuilder<CrmDbContext>().UseSqlite($"Data Source={path}").Options);
        var migrator = db.GetService<IMigrator>();
        await migrator.MigrateAsync("20261201180630_ConversationsUnreadIndex");
        await db.Database.ExecuteSqlRawAsync("""
            INSERT INTO "Calls" ("CallControlId", "CallSessionId", "Direction", "From", "To", "State", "HangupCause", "StartedAt", "AnsweredAt", "EndedAt")
            VALUES ('v3:old-1', 's-1', 'Outbound', '+13125550141', '+13125550199', 'hangup', 'normal_clearing', '2026-11-30 15:00:00', '2026-11-30 15:00:05', '2026-11-30 15:01:05'),
                   ('v3:old-2', 's-2', 'Inbound', '+13125550199', '+13125550141', 'initiated', NULL, '2026-11-30 16:00:00', NULL, NULL),
                   ('v3:old-3', 's-3', 'Outbound', '+13125550141', '+13125550001', 'hangup', 'user_busy', '2026-11-30 17:00:00', NULL, '2026-11-30 17:00:04');
            """);

        await migrator.MigrateAsync();

        var calls = await db.Calls.AsNoTracking().Include(c => c.Legs).OrderBy(c => c.Id).ToListAsync();
        Assert.Equal(
            [(CallStatus.Ended, CallOutcome.Completed, (int?)60), (CallStatus.Ringing, null, null), (CallStatus.Ended, CallOutcome.Busy, null)],
            calls.Select(c => (c.Status, c.Outcome, c.DurationSeconds)));
        Assert.All(calls, c => Assert.Equal(c.CallControlId, Assert.Single(c.Legs).CallControlId));
        Assert.Equal((CallLegRole.Contact, CallStates.Hangup, "+13125550199"), (calls[0].Legs[0].Role, calls[0].Legs[0].State, calls[0].Legs[0].To));
        Assert.Equal(new DateTime(2026, 11, 30, 15, 0, 5), calls[0].AnsweredAt);
    }
}
