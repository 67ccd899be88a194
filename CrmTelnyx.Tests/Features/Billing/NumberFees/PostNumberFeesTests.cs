using CrmTelnyx.Features.Billing.Ledger;
using CrmTelnyx.Features.Billing.NumberFees;
using CrmTelnyx.Features.Numbers;
using CrmTelnyx.Features.TextCenter.Settings;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CrmTelnyx.Tests.Features.Billing.NumberFees;

/// <summary>
/// The monthly fees as the job enters them, on a clock the test moves: as Telnyx bills, the purchase month pro-rated
/// and each later month on its 1st (UTC), missed months caught up, nothing after a release, nothing twice.
/// </summary>
public sealed class PostNumberFeesTests : IAsyncLifetime
{
    // A zone far from UTC, to show the 1st is Telnyx's (UTC), not the company's.
    private const string Chicago = "America/Chicago";
    private readonly CrmAppFactory app = new();
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));

    public async Task InitializeAsync() =>
        Assert.Equal(1, await app.WithDbAsync(db => db.TextingSettings.Where(s => s.Id == TextingSettings.SingletonId)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.CompanyTimeZone, Chicago))));

    public Task DisposeAsync()
    {
        app.Dispose();
        return Task.CompletedTask;
    }

    private static DateTime Utc(int y, int m, int d, int h = 0, int min = 0) => new(y, m, d, h, min, 0, DateTimeKind.Utc);

    /// <summary>A number bought through the app at <paramref name="purchasedAt"/>, made the company's by a bulk update that no save
    /// interceptor sees (as for numbers bought before fees were entered), so every fee is the job's to enter.</summary>
    private async Task<CompanyNumber> BoughtAsync(string phone, DateTime purchasedAt, decimal? monthly = 1.00m, decimal? upfront = 0.50m,
        DateTime? releasedAt = null, bool throughTheApp = true, DateTime? knownSince = null) => await app.WithDbAsync(async db =>
    {
        NumberOrder? order = throughTheApp ? new NumberOrder { Status = NumberOrderStatus.Completed, CreatedAt = purchasedAt } : null;
        if (order is not null) db.NumberOrders.Add(order);
        await db.SaveChangesAsync();
        var number = new CompanyNumber
        {
            PhoneNumber = phone, TelnyxId = $"tx{phone[^4..]}", Status = NumberStatus.Pending, State = "IL", MonthlyCost = monthly, UpfrontCost = upfront,
            CostCurrency = "USD", NumberOrderId = order?.Id, CreatedAt = knownSince ?? purchasedAt, UpdatedAt = purchasedAt,
        };
        db.CompanyNumbers.Add(number);
        await db.SaveChangesAsync();
        await db.CompanyNumbers.Where(n => n.Id == number.Id).ExecuteUpdateAsync(u => u
            .SetProperty(n => n.Status, releasedAt is null ? NumberStatus.Active : NumberStatus.Released)
            .SetProperty(n => n.PurchasedAt, purchasedAt)
            .SetProperty(n => n.ReleasedAt, releasedAt));
        return await db.CompanyNumbers.AsNoTracking().SingleAsync(n => n.Id == number.Id);
    });

    private async Task<PostNumberFees.Result> RunAsync(DateTimeOffset at)
    {
        clock.SetUtcNow(at);
        await using var scope = app.Services.CreateAsyncScope();
        return await ActivatorUtilities.CreateInstance<PostNumberFees>(scope.ServiceProvider, (TimeProvider)clock).RunAsync();
    }

    private Task<List<LedgerEntry>> FeesAsync(string phone) => app.WithDbAsync(db => db.LedgerEntries.AsNoTracking()
        .Where(e => e.CompanyNumber == phone).OrderBy(e => e.OccurredAt).ThenBy(e => e.Id).ToListAsync());

    [Fact]
    public async Task Bought_on_March_15_the_rest_of_March_is_charged_pro_rated_and_each_month_after_on_the_first()
    {
        var bought = await BoughtAsync("+13125550301", Utc(2026, 3, 15, 17));

        Assert.Equal(2, (await RunAsync(Utc(2026, 3, 15, 18))).Posted);
        Assert.Equal(0, (await RunAsync(Utc(2026, 3, 31, 23, 59))).Posted);
        Assert.Equal(1, (await RunAsync(Utc(2026, 4, 1))).Posted);
        Assert.Equal(0, (await RunAsync(Utc(2026, 4, 1))).Posted);

        var key = "+13125550301@20260315T170000.000Z";
        var fees = await FeesAsync(bought.PhoneNumber);
        Assert.Equal(
            [
                (LedgerEntryType.NumberUpfront, $"number-upfront:{key}", Utc(2026, 3, 15, 17), 500_000L),
                // 17 of March's 31 days at $1.00 a month: $0.548… in whole cents.
                (LedgerEntryType.NumberMonthly, $"number-monthly:{key}:2026-03", Utc(2026, 3, 15, 17), 550_000L),
                (LedgerEntryType.NumberMonthly, $"number-monthly:{key}:2026-04", Utc(2026, 4, 1), 1_000_000L),
            ],
            fees.Select(f => (f.Type, f.Source, f.OccurredAt, f.AmountMicros)));
        Assert.All(fees, f => Assert.Equal((1, "IL", (LedgerDirection?)null, "tx0301", false), (f.Quantity, f.State, f.Direction, f.TelnyxRecordId, f.IsCorrection)));
    }

    [Fact]
    public async Task Months_missed_while_the_app_was_down_are_all_entered_each_on_its_own_date()
    {
        await BoughtAsync("+13125550302", Utc(2026, 3, 15, 17));

        Assert.Equal(5, (await RunAsync(Utc(2026, 6, 20))).Posted);

        var monthly = (await FeesAsync("+13125550302")).Where(f => f.Type == LedgerEntryType.NumberMonthly).ToList();
        Assert.Equal([Utc(2026, 3, 15, 17), Utc(2026, 4, 1), Utc(2026, 5, 1), Utc(2026, 6, 1)], monthly.Select(f => f.OccurredAt));
        Assert.Equal(["2026-03", "2026-04", "2026-05", "2026-06"], monthly.Select(f => f.Source[^7..]));
        Assert.Equal([550_000L, 1_000_000L, 1_000_000L, 1_000_000L], monthly.Select(f => f.AmountMicros));
    }

    [Fact]
    public async Task A_number_released_mid_month_owes_no_further_month()
    {
        await BoughtAsync("+13125550303", Utc(2026, 3, 15, 17), releasedAt: Utc(2026, 4, 20));

        await RunAsync(Utc(2026, 8, 1));
        await RunAsync(Utc(2026, 9, 1));

        var monthly = (await FeesAsync("+13125550303")).Where(f => f.Type == LedgerEntryType.NumberMonthly).Select(f => f.Source[^7..]);
        Assert.Equal(["2026-03", "2026-04"], monthly);
    }

    [Fact]
    public async Task A_number_found_by_a_sync_owes_no_upfront_fee_and_only_the_months_since_the_app_knew_it()
    {
        await BoughtAsync("+13125550304", Utc(2025, 1, 10, 18), throughTheApp: false, knownSince: Utc(2026, 5, 2));

        await RunAsync(Utc(2026, 6, 20));

        var fees = await FeesAsync("+13125550304");
        Assert.All(fees, f => Assert.Equal(LedgerEntryType.NumberMonthly, f.Type));
        // Known from May 2: May's fee fell on May 1, before the app knew the number.
        Assert.Equal(["2026-06"], fees.Select(f => f.Source[^7..]));
    }

    [Fact]
    public async Task A_fee_whose_price_is_unknown_is_not_entered_and_the_number_is_named()
    {
        await BoughtAsync("+13125550305", Utc(2026, 3, 15, 17), monthly: null, upfront: null);

        var result = await RunAsync(Utc(2026, 4, 20));

        Assert.Equal(0, result.Posted);
        Assert.Equal(["+13125550305"], result.UnknownCost);
        Assert.Empty(await FeesAsync("+13125550305"));
    }

    [Fact]
    public async Task Two_runs_at_once_as_from_two_app_instances_enter_each_fee_once()
    {
        await BoughtAsync("+13125550306", Utc(2026, 1, 10, 17));
        await BoughtAsync("+13125550307", Utc(2026, 2, 10, 17));

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            await using var scope = app.Services.CreateAsyncScope();
            clock.SetUtcNow(Utc(2026, 6, 20));
            await ActivatorUtilities.CreateInstance<PostNumberFees>(scope.ServiceProvider, (TimeProvider)clock).RunAsync();
        })));

        Assert.Equal(7, (await FeesAsync("+13125550306")).Count);
        Assert.Equal(6, (await FeesAsync("+13125550307")).Count);
    }
}
