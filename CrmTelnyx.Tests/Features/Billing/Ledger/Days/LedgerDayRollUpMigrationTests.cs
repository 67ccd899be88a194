using CrmTelnyx.Data;
using CrmTelnyx.Features.Billing.Ledger;
using CrmTelnyx.Features.Billing.Ledger.Days;
using CrmTelnyx.Features.TextCenter;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CrmTelnyx.Tests.Features.Billing.Ledger.Days;

/// <summary>A ledger written before the day roll-ups existed is added up into them at start-up after the upgrade, and later entries by the triggers.</summary>
public sealed class LedgerDayRollUpMigrationTests : IDisposable
{
    private readonly string path = Path.Combine(Path.GetTempPath(), $"crm-ledger-days-migration-{Guid.NewGuid():N}.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(path);
    }

    [Fact]
    public async Task Existing_entries_are_summed_per_company_day_at_start_up_and_later_ones_added_by_the_triggers()
    {
        await using var db = new CrmDbContext(new DbContextOptionsBuilder<CrmDbContext>().UseSqlite($"Data Source={path}").Options);
        var migrator = db.GetService<IMigrator>();
        await migrator.MigrateAsync("20261202194913_BudgetBlastHold");
        // One written with a 'T' and one a tick before New York's midnight (04:59:59.9999999 UTC is 23:59:59 EST, still Nov 30).
        await db.Database.ExecuteSqlRawAsync("""
            INSERT INTO "LedgerEntries" ("Source", "IsCorrection", "OccurredAt", "Type", "Direction", "CompanyNumber", "State", "BlastId", "AgentUserId", "Quantity", "AmountMicros", "Currency", "RecordedAt")
            VALUES ('text:a', 0, '2026-11-30 15:00:03', 'Sms', 'Outbound', '+13125550141', 'IL', 5, NULL, 2, 8000, 'USD', '2026-11-30 15:00:03'),
                   ('text:a', 1, '2026-11-30 15:20:00', 'Sms', 'Outbound', '+13125550141', 'IL', 5, NULL, -1, -4000, 'USD', '2026-11-30 15:20:00'),
                   ('text:b', 0, '2026-12-01 04:59:59.9999999', 'Sms', 'Outbound', '+13125550141', 'IL', NULL, NULL, 1, 4000, 'USD', '2026-12-01 05:00:00'),
                   ('text:c', 0, '2026-12-01T05:00:00', 'Sms', 'Outbound', '+13125550141', 'IL', NULL, NULL, 1, 4000, 'USD', '2026-12-01 05:00:00'),
                   ('number-fee:x', 0, '2026-11-30 15:10:00', 'NumberMonthly', NULL, '+13125550141', NULL, NULL, NULL, 1, 1000000, 'USD', '2026-11-30 15:10:00'),
                   ('call-leg:y', 0, '2026-11-30 15:30:00', 'Call', 'Inbound', NULL, NULL, NULL, 'agent-1', 120, 20000, 'USD', '2026-11-30 15:30:00');
            """);

        await migrator.MigrateAsync();
        Assert.Equal(0, await db.LedgerDays.CountAsync());
        Assert.True(await new RebuildLedgerDays(db, TimeProvider.System).EnsureAsync());
        Assert.False(await new RebuildLedgerDays(db, TimeProvider.System).EnsureAsync());
        db.LedgerEntries.Add(new LedgerEntry
        {
            Source = "text:d", OccurredAt = new DateTime(2026, 11, 30, 23, 45, 0), Type = LedgerEntryType.Sms, Direction = LedgerDirection.Outbound,
            CompanyNumber = "+13125550141", State = "IL", Quantity = 3, AmountMicros = 12_000, BlastId = 5,
        });
        await db.SaveChangesAsync();

        var zone = await CompanyClock.ZoneAsync(db);
        await LedgerDaySamples.AssertRollUpsEqualLedgerAsync(db, zone);
        Assert.Equal("America/New_York", zone.Id);
        var sms = (await db.LedgerDays.AsNoTracking().Where(d => d.Type == LedgerEntryType.Sms).ToListAsync()).OrderBy(d => d.Day).ToList();
        Assert.Equal(
            [(new DateOnly(2026, 11, 30), 3L, 5L, 20_000L), (new DateOnly(2026, 12, 1), 1L, 1L, 4_000L)],
            sms.Select(d => (d.Day, d.Entries, d.Quantity, d.AmountMicros)));
    }
}
