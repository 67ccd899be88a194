using CrmTelnyx.Features.Billing.Balance;
using CrmTelnyx.Features.Billing.Ledger;
using CrmTelnyx.Features.Billing.NumberFees;
using CrmTelnyx.Features.Numbers;
using CrmTelnyx.Phones;
using CrmTelnyx.Tests.Features.Numbers;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Tests.Features.Billing.NumberFees;

/// <summary>
/// Buying a number through the sandbox enters its upfront fee and first month in the ledger once, in the purchase's own
/// save; the sandbox's balance falls by the same amount; the same number bought again after a release is charged again.
/// </summary>
public sealed class NumberPurchaseFeeTests : IAsyncLifetime
{
    private NumberBuyingApp app = default!;

    public Task InitializeAsync()
    {
        app = new NumberBuyingApp();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await app.DisposeAsync();

    private async Task<CompanyNumber> BuyAsync(NumberOffer offer)
    {
        var result = await app.BuyAsync([offer], "IL");
        Assert.Null(result.Error);
        Assert.Equal(NumberOrderStatus.Completed, (await app.SettledOrderAsync(result.OrderId!.Value)).Status);
        return await app.App.WithDbAsync(db => db.CompanyNumbers.AsNoTracking().SingleAsync(n => n.PhoneNumber == offer.PhoneNumber && n.Status == NumberStatus.Active));
    }

    private Task<List<LedgerEntry>> FeesAsync(string phone) => app.App.WithDbAsync(db => db.LedgerEntries.AsNoTracking()
        .Where(e => e.CompanyNumber == phone && (e.Type == LedgerEntryType.NumberUpfront || e.Type == LedgerEntryType.NumberMonthly))
        .OrderBy(e => e.Id).ToListAsync());

    private Task<PostNumberFees.Result> RunJobAsync() => app.RunAsync<PostNumberFees, PostNumberFees.Result>(p => p.RunAsync());

    [Fact]
    public async Task A_number_bought_is_charged_its_upfront_fee_and_first_month_once_and_the_Telnyx_balance_agrees()
    {
        var before = await app.RunAsync<ReadTelnyxBalance, ReadTelnyxBalance.Result>(r => r.ReadAsync());
        var offer = (await app.SearchAsync(new NumberSearch { State = "IL" })).First();

        var number = await BuyAsync(offer);

        var fees = await FeesAsync(number.PhoneNumber);
        var key = NumberFeeSchedule.Key(number.PhoneNumber, number.PurchasedAt!.Value);
        Assert.Equal(
            [(LedgerEntryType.NumberUpfront, NumberFeeSchedule.UpfrontSource(key)), (LedgerEntryType.NumberMonthly, fees[1].Source)],
            fees.Select(f => (f.Type, f.Source)));
        Assert.StartsWith($"number-monthly:{key}:", fees[1].Source);
        Assert.All(fees, f =>
        {
            Assert.Equal((1, "IL", number.TelnyxId, (LedgerDirection?)null), (f.Quantity, f.State, f.TelnyxRecordId, f.Direction));
            Assert.Equal(DateTime.SpecifyKind(number.PurchasedAt!.Value, DateTimeKind.Utc), f.OccurredAt);
        });
        // The rest of the purchase month, pro-rated by days and in whole cents.
        var bought = number.PurchasedAt!.Value;
        var daysLeft = DateTime.DaysInMonth(bought.Year, bought.Month) - bought.Day + 1;
        var restOfMonth = Math.Round(offer.MonthlyCost!.Value * daysLeft / DateTime.DaysInMonth(bought.Year, bought.Month), 2, MidpointRounding.AwayFromZero);
        Assert.Equal((offer.UpfrontCost, restOfMonth), (fees[0].Amount, fees[1].Amount));

        // The job (twice, as after a restart) finds nothing more owed this month.
        Assert.Equal(0, (await RunJobAsync()).Posted);
        Assert.Equal(0, (await RunJobAsync()).Posted);
        Assert.Equal(2, (await FeesAsync(number.PhoneNumber)).Count);

        var after = await app.RunAsync<ReadTelnyxBalance, ReadTelnyxBalance.Result>(r => r.ReadAsync());
        Assert.Equal(fees.Sum(f => f.Amount), before.Balance!.Balance - after.Balance!.Balance);
    }

    [Fact]
    public async Task The_same_number_bought_again_after_its_release_is_charged_again()
    {
        var offer = (await app.SearchAsync(new NumberSearch { State = "IL" })).First();
        var first = await BuyAsync(offer);
        var released = await app.RunAsync<ReleaseNumber, ReleaseNumber.Result>(r => r.ReleaseAsync(first.Id, PhoneNumberNormalizer.Format(first.PhoneNumber), NumberBuyingApp.AdminEmail));
        Assert.True(released.Released, released.Message);

        var second = await BuyAsync(offer);
        await RunJobAsync();

        Assert.NotEqual(first.Id, second.Id);
        var fees = await FeesAsync(offer.PhoneNumber);
        Assert.Equal(4, fees.Count);
        Assert.Equal(2, fees.Select(f => f.Source.Split(':')[1]).Distinct().Count());
        Assert.Equal(2, fees.Count(f => f.Type == LedgerEntryType.NumberUpfront));
    }
}
