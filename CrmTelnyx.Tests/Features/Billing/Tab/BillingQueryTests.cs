using CrmTelnyx.Features.Billing.Ledger;
using CrmTelnyx.Features.Billing.Tab;
using CrmTelnyx.Tests.Features.Numbers;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CrmTelnyx.Tests.Features.Billing.Tab;

/// <summary>What the Billing tab adds up from the ledger: by kind, by the company's day, by number, under filters.</summary>
public sealed class BillingQueryTests : IDisposable
{
    private const string NumberA = "+13125550141", NumberB = "+12125550142";
    private static readonly TimeZoneInfo Chicago = TimeZoneInfo.FindSystemTimeZoneById("America/Chicago");
    private readonly CrmAppFactory app = new();

    public void Dispose() => app.Dispose();

    private Task AddAsync(params LedgerEntry[] entries) => app.WithDbAsync(async db =>
    {
        await db.TextingSettings.ExecuteUpdateAsync(s => s.SetProperty(x => x.CompanyTimeZone, "America/Chicago"));
        db.LedgerEntries.AddRange(entries);
        return await db.SaveChangesAsync();
    });

    private static LedgerEntry Entry(string source, DateTime utc, LedgerEntryType type, string number, decimal amount, int quantity, bool correction = false) => new()
    {
        Source = source, OccurredAt = utc, Type = type, CompanyNumber = number, Amount = amount, Quantity = quantity, IsCorrection = correction,
        Direction = LedgerDirection.Outbound,
    };

    private async Task<BillingQuery.View> ReadAsync(BillingFilter filter)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<BillingQuery>().ReadAsync(filter);
    }

    private static BillingPeriod November => BillingPeriod.Days(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30), Chicago);

    [Fact]
    public async Task Totals_count_texts_and_calls_once_with_their_corrections_added_to_the_cost()
    {
        await AddAsync(
            Entry("text:1", new DateTime(2026, 11, 10, 15, 0, 0), LedgerEntryType.Sms, NumberA, 0.004m, 1),
            Entry("text:2", new DateTime(2026, 11, 10, 16, 0, 0), LedgerEntryType.Mms, NumberB, 0.015m, 1),
            Entry("call-leg:1", new DateTime(2026, 11, 11, 15, 0, 0), LedgerEntryType.Call, NumberA, 0.02m, 120),
            Entry("call-leg:1", new DateTime(2026, 11, 11, 15, 0, 0), LedgerEntryType.Call, NumberA, 0.01m, 60, correction: true));

        var view = await ReadAsync(new BillingFilter(November));

        Assert.Equal(new BillingQuery.Total(2, 2, 0.019m), view.Texts);
        Assert.Equal(new BillingQuery.Total(1, 180, 0.03m), view.Calls);
        Assert.Equal(0.049m, view.All);
        Assert.Equal([(NumberA, 1, 0.034m), (NumberB, 1, 0.015m)], view.Numbers.Select(n => (n.CompanyNumber, n.Texts, n.Cost)));
        Assert.Equal(30, view.Days.Count);
        Assert.Equal(0.004m, view.Days.Single(d => d.Date == new DateOnly(2026, 11, 10)).Sms);
    }

    [Fact]
    public async Task An_entry_belongs_to_the_company_day_and_month_it_happened_in_not_the_UTC_one()
    {
        await AddAsync(
            // 03:00 UTC on Dec 1 is 21:00 on Nov 30 in Chicago: November's.
            Entry("text:late", new DateTime(2026, 12, 1, 3, 0, 0), LedgerEntryType.Sms, NumberA, 0.004m, 1),
            // 05:30 UTC on Nov 1 is 00:30 on Nov 1 in Chicago (still CDT): November's too, its first day.
            Entry("text:early", new DateTime(2026, 11, 1, 5, 30, 0), LedgerEntryType.Sms, NumberA, 0.004m, 1),
            // 04:30 UTC on Nov 1 is Oct 31 in Chicago: not November's.
            Entry("text:october", new DateTime(2026, 11, 1, 4, 30, 0), LedgerEntryType.Sms, NumberA, 0.004m, 1));

        var view = await ReadAsync(new BillingFilter(November));

        Assert.Equal(2, view.Texts.Count);
        Assert.Equal(0.004m, view.Days.Single(d => d.Date == new DateOnly(2026, 11, 30)).Sms);
        Assert.Equal(0.004m, view.Days.Single(d => d.Date == new DateOnly(2026, 11, 1)).Sms);
    }

    [Fact]
    public async Task Filters_narrow_the_totals_to_one_number_or_one_kind()
    {
        await AddAsync(
            Entry("text:1", new DateTime(2026, 11, 10, 15, 0, 0), LedgerEntryType.Sms, NumberA, 0.004m, 1),
            Entry("text:2", new DateTime(2026, 11, 10, 16, 0, 0), LedgerEntryType.Sms, NumberB, 0.004m, 2),
            Entry("call-leg:1", new DateTime(2026, 11, 11, 15, 0, 0), LedgerEntryType.Call, NumberB, 0.02m, 120));

        await app.AddNumberAsync(NumberA);
        await app.AddNumberAsync(NumberB);
        var numberB = await ReadAsync(new BillingFilter(November) { CompanyNumber = NumberB });
        var calls = await ReadAsync(new BillingFilter(November) { Type = BillingType.Calls });

        Assert.Equal((0.024m, 1, 1), (numberB.All, numberB.Texts.Count, numberB.Calls.Count));
        Assert.Equal((0.02m, 0), (calls.All, calls.Texts.Count));
        // The number filter still offers every number, not only the chosen one.
        Assert.Equal([NumberB, NumberA], numberB.CompanyNumbers);
    }

    [Fact]
    public async Task Fees_blasts_agents_and_states_are_totalled_and_each_filters_the_whole_view()
    {
        var agent = await app.CreateUserAsync("billing-groups@crm.test", "Agent-Passw0rd!", "Agent");
        var blastId = await CrmTelnyx.Tests.Features.TextCenter.Blasts.BlastSeed.StartedAsync(app, "Black Friday", CrmTelnyx.Features.TextCenter.Blasts.BlastStatus.Completed);
        var day = new DateTime(2026, 11, 12, 15, 0, 0);
        var text = Entry("text:b1", day, LedgerEntryType.Sms, NumberA, 0.004m, 1);
        (text.BlastId, text.State) = (blastId, "TX");
        var text2 = Entry("text:b2", day, LedgerEntryType.Sms, NumberA, 0.004m, 2);
        (text2.BlastId, text2.State) = (blastId, "IL");
        var call = Entry("call-leg:a1", day, LedgerEntryType.Call, NumberB, 0.03m, 180);
        (call.AgentUserId, call.State) = (agent.Id, "TX");
        var fee = Entry("number-monthly:x", day, LedgerEntryType.NumberMonthly, NumberB, 1m, 1);
        fee.Direction = null;
        await AddAsync(text, text2, call, fee);

        var all = await ReadAsync(new BillingFilter(November));
        var texas = await ReadAsync(new BillingFilter(November) { State = "TX" });
        var ofBlast = await ReadAsync(new BillingFilter(November) { BlastId = blastId });
        var fees = await ReadAsync(new BillingFilter(November) { Type = BillingType.Numbers });

        Assert.Equal(new BillingQuery.Total(1, 1, 1m), all.Fees);
        Assert.Equal(1.038m, all.All);
        Assert.Equal(1m, Assert.Single(all.Days, d => d.Date == new DateOnly(2026, 11, 12)).Fees);
        Assert.Equal(new BillingQuery.Group(blastId.ToString(), "Black Friday", 2, 3, 0, 0, 0.008m), Assert.Single(all.Blasts));
        Assert.Equal(new BillingQuery.Group(agent.Id, "billing-groups", 0, 0, 1, 180, 0.03m), Assert.Single(all.Agents));
        Assert.Equal(["TX", "IL"], all.States.Select(s => s.Key));
        Assert.Equal((0.034m, 0.004m, 0.03m), (texas.All, texas.Texts.Cost, texas.Calls.Cost));
        Assert.Equal((0.008m, 0m), (ofBlast.All, ofBlast.Calls.Cost));
        Assert.Equal((1m, 0m), (fees.All, fees.Texts.Cost));
        Assert.Equal(1m, Assert.Single(all.Numbers, n => n.CompanyNumber == NumberB).Fees);
    }
}
