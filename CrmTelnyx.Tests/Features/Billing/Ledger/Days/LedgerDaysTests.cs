using CrmTelnyx.Data;
using CrmTelnyx.Features.Billing.Ledger;
using CrmTelnyx.Features.Billing.Ledger.Days;
using CrmTelnyx.Features.TextCenter;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CrmTelnyx.Tests.Features.Billing.Ledger.Days;

/// <summary>The company-day roll-ups the database keeps as entries are written: always the ledger's own sums per local day, blast and agent.</summary>
public sealed class LedgerDaysTests : IDisposable
{
    private static readonly TimeZoneInfo Chicago = TimeZoneInfo.FindSystemTimeZoneById("America/Chicago");
    private readonly CrmAppFactory app = new();

    public void Dispose() => app.Dispose();

    /// <summary>Builds the roll-ups for Chicago, as a save of the zone in Settings would.</summary>
    private Task InChicagoAsync() => app.WithDbAsync(async db =>
    {
        await db.TextingSettings.ExecuteUpdateAsync(s => s.SetProperty(x => x.CompanyTimeZone, Chicago.Id));
        await new RebuildLedgerDays(db, TimeProvider.System).RebuildAsync(Chicago);
        return 0;
    });

    [Fact]
    public async Task Entries_across_a_clock_change_and_a_month_end_land_on_their_company_day()
    {
        await InChicagoAsync();
        await app.WithDbAsync(async db =>
        {
            db.LedgerEntries.AddRange(LedgerDaySamples.AroundClockChangesAndMonthEnds());
            return await db.SaveChangesAsync();
        });

        await app.WithDbAsync(async db =>
        {
            await LedgerDaySamples.AssertRollUpsEqualLedgerAsync(db, Chicago);
            var days = await db.LedgerDays.AsNoTracking().ToListAsync();
            // 04:59:59.9999999 UTC on Nov 1 is 23:59:59 on Oct 31 in Chicago (CDT): October's, not cut up to the next second.
            Assert.Contains(days, d => d.Day == new DateOnly(2026, 10, 31) && d.AmountMicros == 1_111);
            // 05:30 UTC on Nov 1 is 00:30 CDT, Nov 1; 06:30 UTC on Nov 2 is 00:30 CST, Nov 2 (the clocks went back between).
            Assert.Contains(days, d => d.Day == new DateOnly(2026, 11, 1) && d.AmountMicros == 2_222);
            Assert.Contains(days, d => d.Day == new DateOnly(2026, 11, 2) && d.AmountMicros == 3_333);
            return 0;
        });
    }

    [Fact]
    public async Task Corrections_add_to_the_sums_without_counting_again_and_a_repeated_entry_changes_nothing()
    {
        await InChicagoAsync();
        var at = new DateTime(2026, 11, 10, 15, 0, 0);
        await app.WithDbAsync(async db =>
        {
            db.LedgerEntries.AddRange(
                LedgerDaySamples.Entry("text:1", at, LedgerEntryType.Sms, 8_000, 2, blast: 7),
                LedgerDaySamples.Entry("text:1", at.AddHours(1), LedgerEntryType.Sms, -4_000, -1, correction: true, blast: 7),
                LedgerDaySamples.Entry("call-leg:1", at, LedgerEntryType.Call, 20_000, 120, agent: "agent-1"),
                LedgerDaySamples.Entry("call-leg:1", at, LedgerEntryType.Call, 1_000, 6, correction: true, agent: "agent-1"));
            return await db.SaveChangesAsync();
        });
        // Telnyx repeats a webhook: the once-only index refuses the second first entry, and the trigger's work goes with it.
        await app.WithDbAsync(async db =>
        {
            db.LedgerEntries.Add(LedgerDaySamples.Entry("text:1", at, LedgerEntryType.Sms, 8_000, 2, blast: 7));
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
            return 0;
        });

        await app.WithDbAsync(async db =>
        {
            await LedgerDaySamples.AssertRollUpsEqualLedgerAsync(db, Chicago);
            var sms = await db.LedgerDays.SingleAsync(d => d.Type == LedgerEntryType.Sms);
            Assert.Equal((new DateOnly(2026, 11, 10), 1L, 1L, 4_000L), (sms.Day, sms.Entries, sms.Quantity, sms.AmountMicros));
            var blast = await db.LedgerBlastDays.SingleAsync();
            Assert.Equal((7L, 1L, 1L, 4_000L), (blast.BlastId, blast.Entries, blast.Quantity, blast.AmountMicros));
            var agent = await db.LedgerAgentDays.SingleAsync();
            Assert.Equal(("agent-1", 1L, 126L, 21_000L), (agent.AgentUserId, agent.Entries, agent.Quantity, agent.AmountMicros));
            return 0;
        });
    }

    [Fact]
    public async Task Many_entries_over_a_year_sum_to_the_ledger_exactly_and_a_rebuild_gives_the_same_rows()
    {
        await InChicagoAsync();
        await app.WithDbAsync(async db =>
        {
            db.LedgerEntries.AddRange(LedgerDaySamples.Random(3_000, seed: 8));
            return await db.SaveChangesAsync();
        });
        await app.WithDbAsync(async db =>
        {
            await LedgerDaySamples.AssertRollUpsEqualLedgerAsync(db, Chicago);
            return 0;
        });

        await InChicagoAsync();

        await app.WithDbAsync(async db =>
        {
            await LedgerDaySamples.AssertRollUpsEqualLedgerAsync(db, Chicago);
            return 0;
        });
    }

    [Fact]
    public async Task At_start_up_the_roll_ups_are_built_for_the_company_zone_and_entries_outside_the_covered_days_are_left_out()
    {
        // The app's start-up built them for the default zone.
        var zone = await app.WithDbAsync(db => db.LedgerDayZone.Select(z => z.ZoneId).SingleAsync());
        Assert.Equal((await app.WithDbAsync(db => CompanyClock.ZoneAsync(db))).Id, zone);
        Assert.Equal((CompanyDays.Last.DayNumber - CompanyDays.First.DayNumber + 2), await app.WithDbAsync(db => db.LedgerDayStarts.CountAsync()));

        // The zone changed behind the app's back: the next start-up rebuilds.
        await app.WithDbAsync(db => db.TextingSettings.ExecuteUpdateAsync(s => s.SetProperty(x => x.CompanyTimeZone, "Asia/Kolkata")));
        await app.WithDbAsync(async db =>
        {
            db.LedgerEntries.AddRange(
                LedgerDaySamples.Entry("text:old", new DateTime(1999, 12, 31, 12, 0, 0), LedgerEntryType.Sms, 4_000, 1),
                LedgerDaySamples.Entry("text:far", new DateTime(2101, 1, 1, 12, 0, 0), LedgerEntryType.Sms, 4_000, 1),
                // 18:29 and 18:31 UTC fall either side of midnight in Kolkata (UTC+5:30).
                LedgerDaySamples.Entry("text:1", new DateTime(2026, 11, 9, 18, 29, 0), LedgerEntryType.Sms, 4_000, 1),
                LedgerDaySamples.Entry("text:2", new DateTime(2026, 11, 9, 18, 31, 0), LedgerEntryType.Sms, 8_000, 2));
            return await db.SaveChangesAsync();
        });
        await using var scope = app.Services.CreateAsyncScope();
        Assert.True(await scope.ServiceProvider.GetRequiredService<RebuildLedgerDays>().EnsureAsync());

        await app.WithDbAsync(async db =>
        {
            Assert.Equal("Asia/Kolkata", await db.LedgerDayZone.Select(z => z.ZoneId).SingleAsync());
            Assert.Equal(
                [(new DateOnly(2026, 11, 9), 4_000L), (new DateOnly(2026, 11, 10), 8_000L)],
                (await db.LedgerDays.AsNoTracking().ToListAsync()).OrderBy(d => d.Day).Select(d => (d.Day, d.AmountMicros)));
            return 0;
        });
    }
}
