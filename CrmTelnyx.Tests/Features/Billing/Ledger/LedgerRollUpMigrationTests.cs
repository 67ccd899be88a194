using CrmTelnyx.Data;
using CrmTelnyx.Features.Billing.Ledger;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CrmTelnyx.Tests.Features.Billing.Ledger;

/// <summary>A ledger written before the hourly roll-up existed is added up into it on upgrade, and entries after that by the trigger.</summary>
public sealed class LedgerRollUpMigrationTests : IDisposable
{
    private readonly string path = Path.Combine(Path.GetTempPath(), $"crm-ledger-rollup-migration-{Guid.NewGuid():N}.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(path);
    }

    [Fact]
    public async Task Existing_entries_are_summed_per_hour_and_later_ones_added_to_the_same_rows()
    {
        await using var db = new CrmDbContext(new DbContextOptionsBuilder<CrmDbContext>().UseSqlite($"Data Source={path}").Options);
        var migrator = db.GetService<IMigrator>();
        await migrator.MigrateAsync("20261202164329_BillingBudget");
        await db.Database.ExecuteSqlRawAsync("""
            INSERT INTO "LedgerEntries" ("Source", "IsCorrection", "OccurredAt", "Type", "Direction", "CompanyNumber", "State", "Quantity", "AmountMicros", "Currency", "RecordedAt")
            VALUES ('text:a', 0, '2026-11-30 15:00:03', 'Sms', 'Outbound', '+13125550141', 'IL', 2, 8000, 'USD', '2026-11-30 15:00:03'),
                   ('text:b', 0, '2026-11-30 15:59:59.9999999', 'Sms', 'Outbound', '+13125550141', 'IL', 1, 4000, 'USD', '2026-11-30 16:00:00'),
                   ('text:a', 1, '2026-11-30 15:20:00', 'Sms', 'Outbound', '+13125550141', 'IL', -1, -4000, 'USD', '2026-11-30 15:20:00'),
                   ('text:c', 0, '2026-11-30 16:00:00', 'Sms', 'Outbound', '+13125550141', 'IL', 1, 4000, 'USD', '2026-11-30 16:00:00'),
                   ('number-fee:x', 0, '2026-11-30 15:10:00', 'NumberMonthly', NULL, '+13125550141', NULL, 1, 1000000, 'USD', '2026-11-30 15:10:00'),
                   ('call-leg:y', 0, '2026-11-30 15:30:00', 'Call', 'Inbound', NULL, NULL, 120, 20000, 'USD', '2026-11-30 15:30:00');
            """);

        await migrator.MigrateAsync();
        db.LedgerEntries.Add(new LedgerEntry
        {
            Source = "text:d", OccurredAt = new DateTime(2026, 11, 30, 15, 45, 0), Type = LedgerEntryType.Sms, Direction = LedgerDirection.Outbound,
            CompanyNumber = "+13125550141", State = "IL", Quantity = 3, AmountMicros = 12_000,
        });
        await db.SaveChangesAsync();

        var hours = await db.LedgerHours.AsNoTracking().ToListAsync();
        Assert.Equal(
            new[]
            {
                (new DateTime(2026, 11, 30, 15, 0, 0), LedgerEntryType.Call, "Inbound", "", "", 1L, 120L, 20_000L),
                (new DateTime(2026, 11, 30, 15, 0, 0), LedgerEntryType.NumberMonthly, "", "+13125550141", "", 1L, 1L, 1_000_000L),
                (new DateTime(2026, 11, 30, 15, 0, 0), LedgerEntryType.Sms, "Outbound", "+13125550141", "IL", 3L, 5L, 20_000L),
                (new DateTime(2026, 11, 30, 16, 0, 0), LedgerEntryType.Sms, "Outbound", "+13125550141", "IL", 1L, 1L, 4_000L),
            },
            hours.Select(h => (h.Hour, h.Type, h.Direction, h.CompanyNumber, h.State, h.Entries, h.Quantity, h.AmountMicros))
                .OrderBy(h => h.Hour).ThenBy(h => h.Type.ToString(), StringComparer.Ordinal));
    }
}
