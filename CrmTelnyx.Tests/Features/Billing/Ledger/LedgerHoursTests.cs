using CrmTelnyx.Data;
using CrmTelnyx.Features.Billing.Ledger;
using CrmTelnyx.Features.Billing.Tab;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CrmTelnyx.Tests.Features.Billing.Ledger;

/// <summary>The hourly roll-up the database keeps as entries are written: always the ledger's own sums, and the ledger never edited under it.</summary>
public sealed class LedgerHoursTests : IDisposable
{
    private readonly CrmAppFactory app = new();

    public void Dispose() => app.Dispose();

    private static LedgerEntry Entry(string source, DateTime utc, LedgerEntryType type, long micros, int quantity, bool correction = false,
        LedgerDirection? direction = LedgerDirection.Outbound, string? number = "+13125550141", string? state = "IL") => new()
    {
        Source = source, OccurredAt = utc, Type = type, AmountMicros = micros, Quantity = quantity, IsCorrection = correction,
        Direction = direction, CompanyNumber = number, State = state,
    };

    /// <summary>The roll-up as it should be: the ledger grouped by UTC hour and the tab's columns, recounted here.</summary>
    private static async Task<List<LedgerHour>> RecountAsync(CrmDbContext db) =>
        (await db.LedgerEntries.AsNoTracking().ToListAsync())
        .GroupBy(e => (Hour: new DateTime(e.OccurredAt.Year, e.OccurredAt.Month, e.OccurredAt.Day, e.OccurredAt.Hour, 0, 0), e.Type,
            Direction: e.Direction?.ToString() ?? "", Number: e.CompanyNumber ?? "", State: e.State ?? ""))
        .Select(g => new LedgerHour
        {
            Hour = g.Key.Hour, Type = g.Key.Type, Direction = g.Key.Direction, CompanyNumber = g.Key.Number, State = g.Key.State,
            Entries = g.Count(e => !e.IsCorrection), Quantity = g.Sum(e => (long)e.Quantity), AmountMicros = g.Sum(e => e.AmountMicros),
        })
        .OrderBy(h => (h.Hour, h.Type, h.Direction, h.CompanyNumber, h.State)).ToList();

    private static async Task<List<LedgerHour>> StoredAsync(CrmDbContext db) =>
        (await db.LedgerHours.AsNoTracking().ToListAsync()).OrderBy(h => (h.Hour, h.Type, h.Direction, h.CompanyNumber, h.State)).ToList();

    private static IEnumerable<object> Rows(IEnumerable<LedgerHour> hours) =>
        hours.Select(h => (object)(h.Hour, h.Type, h.Direction, h.CompanyNumber, h.State, h.Entries, h.Quantity, h.AmountMicros));

    [Fact]
    public async Task Every_insert_lands_in_its_hour_with_corrections_and_missing_number_state_and_direction_kept_apart()
    {
        var at = new DateTime(2026, 11, 10, 15, 0, 0);
        await app.WithDbAsync(async db =>
        {
            db.LedgerEntries.AddRange(
                Entry("text:1", at.AddMinutes(1), LedgerEntryType.Sms, 4_000, 1),
                Entry("text:2", at.AddMinutes(59).AddSeconds(59.9), LedgerEntryType.Sms, 8_000, 2),
                Entry("text:2", at.AddMinutes(30), LedgerEntryType.Sms, -4_000, -1, correction: true),
                Entry("text:3", at.AddHours(1), LedgerEntryType.Sms, 4_000, 1),
                Entry("text:4", at, LedgerEntryType.Sms, 4_000, 1, direction: LedgerDirection.Inbound),
                Entry("fee:1", at, LedgerEntryType.NumberMonthly, 1_000_000, 1, direction: null, state: null),
                Entry("call-leg:1", at, LedgerEntryType.Call, 20_000, 120, number: null, state: null));
            return await db.SaveChangesAsync();
        });
        // A second save into the same hours: added to the rows already there.
        await app.WithDbAsync(async db =>
        {
            db.LedgerEntries.AddRange(
                Entry("text:5", at.AddMinutes(5), LedgerEntryType.Sms, 4_000, 1),
                Entry("call-leg:1", at.AddMinutes(7), LedgerEntryType.Call, 1_000, 6, correction: true, number: null, state: null));
            return await db.SaveChangesAsync();
        });

        await app.WithDbAsync(async db =>
        {
            var stored = await StoredAsync(db);
            Assert.Equal(Rows(await RecountAsync(db)), Rows(stored));
            var outbound = stored.Single(h => h.Hour == at && h.Type == LedgerEntryType.Sms && h.Direction == "Outbound");
            Assert.Equal((3L, 3L, 12_000L), (outbound.Entries, outbound.Quantity, outbound.AmountMicros));
            var call = stored.Single(h => h.Type == LedgerEntryType.Call);
            Assert.Equal(("", "", 1L, 126L, 21_000L), (call.CompanyNumber, call.State, call.Entries, call.Quantity, call.AmountMicros));
            Assert.Equal("", stored.Single(h => h.Type == LedgerEntryType.NumberMonthly).Direction);
            return 0;
        });
    }

    [Fact]
    public async Task Many_entries_across_a_year_sum_to_the_ledger_exactly()
    {
        var random = new Random(5);
        var numbers = new[] { "+13125550141", "+12125550142", null };
        var states = new[] { "IL", "NY", null };
        await app.WithDbAsync(async db =>
        {
            for (var i = 0; i < 2_000; i++)
            {
                var type = (LedgerEntryType)random.Next(5);
                db.LedgerEntries.Add(Entry($"s:{i}", new DateTime(2026, 1, 1).AddMinutes(random.Next(365 * 24 * 60)), type, random.Next(-5_000, 1_000_000),
                    random.Next(-3, 600), correction: random.Next(10) == 0, direction: type >= LedgerEntryType.NumberUpfront ? null : (LedgerDirection)random.Next(2),
                    number: numbers[random.Next(3)], state: states[random.Next(3)]));
            }
            return await db.SaveChangesAsync();
        });

        await app.WithDbAsync(async db =>
        {
            Assert.Equal(Rows(await RecountAsync(db)), Rows(await StoredAsync(db)));
            return 0;
        });
    }

    [Fact]
    public async Task The_database_refuses_to_edit_or_delete_an_entry_so_the_roll_up_cannot_drift()
    {
        await app.WithDbAsync(async db =>
        {
            db.LedgerEntries.Add(Entry("text:1", new DateTime(2026, 11, 10, 15, 0, 0), LedgerEntryType.Sms, 4_000, 1));
            return await db.SaveChangesAsync();
        });

        await app.WithDbAsync(async db =>
        {
            await Assert.ThrowsAnyAsync<Exception>(() => db.LedgerEntries.ExecuteUpdateAsync(s => s.SetProperty(e => e.AmountMicros, 1)));
            await Assert.ThrowsAnyAsync<Exception>(() => db.LedgerEntries.ExecuteDeleteAsync());
            // What is not a sum (a contact forgotten, say) may still change.
            await db.LedgerEntries.ExecuteUpdateAsync(s => s.SetProperty(e => e.ContactId, (long?)null));
            Assert.Equal(4_000, (await db.LedgerHours.SingleAsync()).AmountMicros);
            return 0;
        });
    }

    [Fact]
    public async Task A_half_hour_zone_reads_the_ledger_itself_and_gets_the_same_totals()
    {
        var kolkata = TimeZoneInfo.FindSystemTimeZoneById("Asia/Kolkata");
        await app.WithDbAsync(async db =>
        {
            // 18:29 and 18:31 UTC fall either side of midnight in Kolkata (UTC+5:30): one hour bucket, two company days.
            db.LedgerEntries.AddRange(
                Entry("text:1", new DateTime(2026, 11, 9, 18, 29, 0), LedgerEntryType.Sms, 4_000, 1),
                Entry("text:2", new DateTime(2026, 11, 9, 18, 31, 0), LedgerEntryType.Sms, 8_000, 2));
            return await db.SaveChangesAsync();
        });
        var filter = new BillingFilter(BillingPeriod.Days(new DateOnly(2026, 11, 10), new DateOnly(2026, 11, 10), kolkata));
        Assert.False(filter.FitsHourlyRollUp);
        Assert.True(new BillingFilter(BillingPeriod.Days(new DateOnly(2026, 11, 10), new DateOnly(2026, 11, 10), TimeZoneInfo.FindSystemTimeZoneById("America/Chicago"))).FitsHourlyRollUp);

        await using var scope = app.Services.CreateAsyncScope();
        var view = await scope.ServiceProvider.GetRequiredService<BillingQuery>().ReadAsync(filter);

        Assert.Equal(new BillingQuery.Total(1, 2, 0.008m), view.Texts);
    }
}
