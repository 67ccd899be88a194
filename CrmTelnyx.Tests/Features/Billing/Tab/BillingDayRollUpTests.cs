using System.Text.Json;
using CrmTelnyx.Features.Billing.Budget;
using CrmTelnyx.Features.Billing.Ledger;
using CrmTelnyx.Features.Billing.Ledger.Days;
using CrmTelnyx.Features.Billing.Tab;
using CrmTelnyx.Features.TextCenter.QuietHours;
using CrmTelnyx.Features.TextCenter.Settings;
using CrmTelnyx.Identity;
using CrmTelnyx.Tests.Features.Billing.Ledger.Days;
using CrmTelnyx.Tests.Features.TextCenter.Settings;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CrmTelnyx.Tests.Features.Billing.Tab;

/// <summary>
/// The Billing tab read from the company-day roll-ups shows what it shows from the hourly roll-up and the ledger, for every
/// filter, and still does after the company's zone changes in Settings (which rebuilds them).
/// </summary>
// Saving the texting settings puts their quiet-hours rules in force for the whole process.
[Collection(QuietHoursRulesCollection.Name)]
public sealed class BillingDayRollUpTests : IDisposable
{
    private readonly CrmAppFactory app = new();

    public void Dispose()
    {
        QuietHoursRules.Use(null);
        app.Dispose();
    }

    private async Task SaveZoneAsync(string zone)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CrmTelnyx.Data.CrmDbContext>();
        var form = TextingSettingsForm.From(await db.TextingSettings.AsNoTracking().SingleAsync());
        form.CompanyTimeZone = zone;
        var saved = await scope.ServiceProvider.GetRequiredService<SaveTextingSettings>().SaveAsync(Features.TextCenter.TextSenders.WithRole(AppRoles.Admin), form);
        Assert.Empty(saved.Errors);
    }

    private async Task<string> ReadAsync(BillingFilter filter)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var view = await scope.ServiceProvider.GetRequiredService<BillingQuery>().ReadAsync(filter);
        // Rows of equal cost may come in either order from the two sources: compared by key.
        return JsonSerializer.Serialize(view with
        {
            Numbers = view.Numbers.OrderBy(n => n.CompanyNumber, StringComparer.Ordinal).ToList(),
            States = view.States.OrderBy(g => g.Key, StringComparer.Ordinal).ToList(),
            Blasts = view.Blasts.OrderBy(g => g.Key, StringComparer.Ordinal).ToList(),
            Agents = view.Agents.OrderBy(g => g.Key, StringComparer.Ordinal).ToList(),
        });
    }

    private static IEnumerable<BillingFilter> Filters(TimeZoneInfo zone)
    {
        foreach (var period in new[]
        {
            BillingPeriod.Days(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), zone),
            BillingPeriod.Days(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30), zone),
            BillingPeriod.Days(new DateOnly(2026, 3, 8), new DateOnly(2026, 3, 8), zone),
        })
        {
            yield return new BillingFilter(period);
            yield return new BillingFilter(period) { CompanyNumber = "+13125550141" };
            yield return new BillingFilter(period) { State = "IL" };
            yield return new BillingFilter(period) { Type = BillingType.Sms, Direction = LedgerDirection.Outbound };
            yield return new BillingFilter(period) { Type = BillingType.Numbers };
            yield return new BillingFilter(period) { BlastId = 3 };
            yield return new BillingFilter(period) { BlastId = 3, Type = BillingType.Mms };
            yield return new BillingFilter(period) { BlastId = 3, State = "NY" };
            yield return new BillingFilter(period) { BlastId = 3, Direction = LedgerDirection.Inbound };
            yield return new BillingFilter(period) { AgentUserId = "agent-1" };
            yield return new BillingFilter(period) { AgentUserId = "agent-2", Direction = LedgerDirection.Inbound };
        }
    }

    /// <summary>Every view read from the day roll-ups, then again with them set aside (their zone made another's), so from the hourly roll-up and the ledger.</summary>
    private async Task AssertDayRollUpsReadAsTheLedgerAsync(TimeZoneInfo zone)
    {
        Assert.Equal(zone.Id, await app.WithDbAsync(db => db.LedgerDayZone.Select(z => z.ZoneId).SingleAsync()));
        var fromDays = new List<string>();
        foreach (var filter in Filters(zone))
        {
            Assert.True(filter.FitsDailyRollUp(zone.Id));
            fromDays.Add(await ReadAsync(filter));
        }

        await app.WithDbAsync(db => db.LedgerDayZone.ExecuteUpdateAsync(s => s.SetProperty(z => z.ZoneId, "Elsewhere/Nowhere")));
        var fromLedger = new List<string>();
        foreach (var filter in Filters(zone)) fromLedger.Add(await ReadAsync(filter));
        await app.WithDbAsync(db => db.LedgerDayZone.ExecuteUpdateAsync(s => s.SetProperty(z => z.ZoneId, zone.Id)));

        foreach (var (ledger, days, filter) in fromLedger.Zip(fromDays, Filters(zone)))
            Assert.True(ledger == days, $"{filter}:\n{ledger}\n{days}");
    }

    [Fact]
    public async Task Changing_the_company_zone_rebuilds_the_day_roll_ups_and_every_view_still_equals_the_ledger()
    {
        await app.WithDbAsync(async db =>
        {
            db.LedgerEntries.AddRange(LedgerDaySamples.AroundClockChangesAndMonthEnds());
            db.LedgerEntries.AddRange(LedgerDaySamples.Random(1_500, seed: 21));
            return await db.SaveChangesAsync();
        });

        var chicago = TimeZoneInfo.FindSystemTimeZoneById("America/Chicago");
        await SaveZoneAsync(chicago.Id);
        await app.WithDbAsync(async db =>
        {
            await LedgerDaySamples.AssertRollUpsEqualLedgerAsync(db, chicago);
            return 0;
        });
        await AssertDayRollUpsReadAsTheLedgerAsync(chicago);

        // Half-hour offsets too: the hourly roll-up cannot serve Kolkata's days, the day roll-up can.
        var kolkata = TimeZoneInfo.FindSystemTimeZoneById("Asia/Kolkata");
        await SaveZoneAsync(kolkata.Id);
        await app.WithDbAsync(async db =>
        {
            await LedgerDaySamples.AssertRollUpsEqualLedgerAsync(db, kolkata);
            return 0;
        });
        await AssertDayRollUpsReadAsTheLedgerAsync(kolkata);
    }

    [Fact]
    public async Task The_budget_reads_this_months_spend_from_the_day_roll_up_as_from_the_ledger()
    {
        var chicago = TimeZoneInfo.FindSystemTimeZoneById("America/Chicago");
        await SaveZoneAsync(chicago.Id);
        var now = DateTimeOffset.UtcNow;
        await app.WithDbAsync(async db =>
        {
            // Either side of this month's first midnight in Chicago, and one just now.
            var monthStart = BillingPeriod.Of(BillingPreset.ThisMonth, now, chicago).FromUtc.UtcDateTime;
            db.LedgerEntries.AddRange(
                LedgerDaySamples.Entry("t:last-month", monthStart.AddSeconds(-1), LedgerEntryType.Sms, 100_000, 1),
                LedgerDaySamples.Entry("t:first", monthStart, LedgerEntryType.Sms, 20_000, 1),
                LedgerDaySamples.Entry("t:now", now.UtcDateTime.AddMinutes(-1), LedgerEntryType.Call, 3_000, 60));
            return await db.SaveChangesAsync();
        });

        async Task<decimal> SpentAsync()
        {
            await using var scope = app.Services.CreateAsyncScope();
            return (await scope.ServiceProvider.GetRequiredService<ReadBudget>().ReadAsync()).Spent;
        }

        var fromDays = await SpentAsync();
        await app.WithDbAsync(db => db.LedgerDayZone.ExecuteUpdateAsync(s => s.SetProperty(z => z.ZoneId, "Elsewhere/Nowhere")));
        var fromLedger = await SpentAsync();

        Assert.Equal((0.023m, 0.023m), (fromDays, fromLedger));
    }
}
