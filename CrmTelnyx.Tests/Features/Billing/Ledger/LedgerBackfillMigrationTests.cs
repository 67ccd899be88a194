using CrmTelnyx.Data;
using CrmTelnyx.Features.Billing.Ledger;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CrmTelnyx.Tests.Features.Billing.Ledger;

/// <summary>Costs the app already knew when the ledger arrived (texts and call legs) become its first entries on upgrade.</summary>
public sealed class LedgerBackfillMigrationTests : IDisposable
{
    private readonly string path = Path.Combine(Path.GetTempPath(), $"crm-ledger-migration-{Guid.NewGuid():N}.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(path);
    }

    [Fact]
    public async Task Known_text_and_call_costs_become_one_entry_each_with_their_number_state_and_time()
    {
        await using var db = new CrmDbContext(new DbContextOptionsBuilder<CrmDbContext>().UseSqlite($"Data Source={path}").Options);
        var migrator = db.GetService<IMigrator>();
        await migrator.MigrateAsync("20261202132125_VoicemailDropAudio");
        await db.Database.ExecuteSqlRawAsync("""
            INSERT INTO "Contacts" ("Id", "FirstName", "LastName", "Phone", "State", "Consent", "CreatedAt", "UpdatedAt", "SearchText", "SortName", "CustomFields", "Version")
            VALUES (7, 'Ann', 'Lee', '+13125550199', 'IL', 0, '2026-11-01 00:00:00', '2026-11-01 00:00:00', 'ann lee', 'lee ann', '{{}}', 0);
            INSERT INTO "Messages" ("TelnyxMessageId", "Direction", "From", "To", "Status", "Parts", "CostAmount", "CreatedAt", "CompletedAt", "ContactId", "BlastId")
            VALUES ('msg-old', 'Outbound', '+13125550141', '+13125550199', 'delivered', 2, '0.008', '2026-11-30 15:00:00', '2026-11-30 15:00:03', 7, NULL),
                   ('msg-no-cost', 'Outbound', '+13125550141', '+13125550199', 'sent', 1, NULL, '2026-11-30 15:00:00', NULL, 7, NULL);
            INSERT INTO "Calls" ("Id", "Direction", "From", "To", "Status", "StartedAt", "ConsentAnnounced", "RoutedByApp", "HeldSeconds", "ContactId", "AgentUserId")
            VALUES (3, 'Outbound', '+13125550141', '+13125550199', 'ended', '2026-11-30 16:00:00', 0, 0, 0, 7, 'agent-1');
            INSERT INTO "CallLegs" ("CallId", "CallControlId", "Role", "To", "State", "StartedAt", "EndedAt", "BilledSeconds", "Cost")
            VALUES (3, 'v3:old-leg', 'Contact', '+13125550199', 'hangup', '2026-11-30 16:00:00', '2026-11-30 16:02:00', 120, '0.02');
            """);

        await migrator.MigrateAsync();

        var entries = await db.LedgerEntries.AsNoTracking().OrderBy(e => e.Id).ToListAsync();
        Assert.Equal(
            [("text:msg-old", LedgerEntryType.Sms, 8_000L, 2), ("call-leg:v3:old-leg", LedgerEntryType.Call, 20_000L, 120)],
            entries.Select(e => (e.Source, e.Type, e.AmountMicros, e.Quantity)));
        Assert.All(entries, e => Assert.Equal((LedgerDirection.Outbound, "+13125550141", "IL", (long?)7), (e.Direction, e.CompanyNumber, e.State, e.ContactId)));
        Assert.Equal(new DateTime(2026, 11, 30, 15, 0, 3), entries[0].OccurredAt);
        Assert.Equal(new DateTime(2026, 11, 30, 16, 2, 0), entries[1].OccurredAt);
        Assert.Equal("agent-1", entries[1].AgentUserId);
    }
}
