using System.Net;
using CrmTelnyx.Features.Numbers;
using CrmTelnyx.Phones;
using CrmTelnyx.Sandbox;
using CrmTelnyx.Sandbox.Numbers;
using CrmTelnyx.Telnyx;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CrmTelnyx.Tests.Features.Numbers;

/// <summary>Buying numbers through the sandbox: the order completes by webhook, its numbers arrive attached and assigned; failures are named.</summary>
public sealed class BuyNumbersTests : IAsyncLifetime
{
    private NumberBuyingApp app = default!;

    public Task InitializeAsync()
    {
        app = new NumberBuyingApp();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await app.DisposeAsync();

    private async Task<IReadOnlyList<NumberOffer>> OffersAsync(string state, int count, string? areaCode = null) =>
        (await app.SearchAsync(new NumberSearch { State = state, AreaCode = areaCode })).Take(count).ToList();

    [Fact]
    public async Task Two_numbers_bought_in_a_state_arrive_by_webhook_active_with_Telnyx_ids_the_state_and_the_profile_and_connection()
    {
        var offers = await OffersAsync("NY", 2);
        var result = await app.BuyAsync(offers, "NY");
        Assert.Null(result.Error);

        var order = await app.SettledOrderAsync(result.OrderId!.Value);
        Assert.Equal(NumberOrderStatus.Completed, order.Status);
        Assert.Null(order.Problem);
        Assert.Equal(NumberBuyingApp.AdminEmail, order.OrderedBy);
        Assert.Equal("NY", order.State);
        Assert.NotNull(order.TelnyxOrderId);
        Assert.All(order.Lines, l => Assert.Equal(NumberOrderLineStatus.Succeeded, l.Status));

        var account = app.App.Services.GetRequiredService<SandboxAccount>();
        var numbers = await app.NumbersAsync(offers.Select(o => o.PhoneNumber));
        Assert.Equal(2, numbers.Count);
        Assert.All(numbers, n =>
        {
            Assert.Equal(NumberStatus.Active, n.Status);
            Assert.Matches(@"^\d+$", n.TelnyxId);
            Assert.Equal("NY", n.State);
            Assert.Equal(account.MessagingProfileId, n.MessagingProfileId);
            Assert.Equal(account.CallControlApplicationId, n.ConnectionId);
            Assert.True(n.CanSms && n.CanVoice);
            Assert.Equal(1.00m, n.MonthlyCost);
            Assert.Equal(order.Id, n.NumberOrderId);
        });

        var audit = await app.App.WithDbAsync(db => db.NumberAuditEntries.AsNoTracking().Where(e => e.Action == NumberAuditAction.Bought).ToListAsync());
        Assert.Equal(numbers.Select(n => n.Id).Order(), audit.Select(e => e.CompanyNumberId).Order());
        Assert.All(audit, e =>
        {
            Assert.Equal(NumberBuyingApp.AdminEmail, e.Actor);
            Assert.Contains($"order #{order.Id}", e.Details);
            Assert.Contains("$1.00 upfront", e.Details);
        });
    }

    [Fact]
    public async Task A_number_searched_by_area_code_only_is_assigned_to_its_area_codes_state()
    {
        var offer = (await app.SearchAsync(new NumberSearch { AreaCode = "303" }))[0];
        var result = await app.BuyAsync([offer], null);

        await app.SettledOrderAsync(result.OrderId!.Value);
        Assert.Equal("CO", (await app.NumbersAsync([offer.PhoneNumber])).Single().State);
    }

    [Fact]
    public async Task Settling_again_by_webhook_and_by_poll_changes_nothing()
    {
        var offers = await OffersAsync("WA", 2);
        var orderId = (await app.BuyAsync(offers, "WA")).OrderId!.Value;
        var order = await app.SettledOrderAsync(orderId);
        var before = await app.NumbersAsync(offers.Select(o => o.PhoneNumber));
        var entries = await app.App.WithDbAsync(db => db.NumberAuditEntries.CountAsync());

        var telnyxOrder = await app.RunAsync<TelnyxClient, TelnyxNumberOrder>(t => t.GetNumberOrderAsync(order.TelnyxOrderId!));
        await app.RunAsync<CompleteNumberOrder, NumberOrder?>(c => c.ApplyAsync(telnyxOrder));
        await app.RunAsync<CompleteNumberOrder, NumberOrder?>(c => c.ApplyAsync(telnyxOrder));
        await app.RunAsync<CheckNumberOrders, int>(c => c.RunAsync(TimeSpan.Zero));

        var after = await app.NumbersAsync(offers.Select(o => o.PhoneNumber));
        Assert.Equal(before.Select(n => (n.Id, n.TelnyxId, n.Status, n.Version)), after.Select(n => (n.Id, n.TelnyxId, n.Status, n.Version)));
        Assert.Equal(entries, await app.App.WithDbAsync(db => db.NumberAuditEntries.CountAsync()));
        Assert.Equal(NumberOrderStatus.Completed, (await app.OrderAsync(orderId)).Status);
    }

    [Fact]
    public async Task A_number_that_fails_inside_the_order_is_named_and_never_becomes_the_companys()
    {
        var offers = await OffersAsync("FL", 3);
        var failing = offers[1].PhoneNumber;
        app.SandboxOrders.FailWhenOrdered(failing);

        var order = await app.SettledOrderAsync((await app.BuyAsync(offers, "FL")).OrderId!.Value);

        Assert.Equal(NumberOrderStatus.PartlyFailed, order.Status);
        Assert.Equal($"2 of 3 numbers arrived; {PhoneNumberNormalizer.Format(failing)} failed.", order.Problem);
        Assert.Equal(NumberOrderLineStatus.Failed, order.Lines.Single(l => l.PhoneNumber == failing).Status);
        var numbers = await app.NumbersAsync(offers.Select(o => o.PhoneNumber));
        Assert.Equal(offers.Select(o => o.PhoneNumber).Where(n => n != failing).Order(), numbers.Select(n => n.PhoneNumber));
        Assert.All(numbers, n => Assert.Equal(NumberStatus.Active, n.Status));
    }

    [Fact]
    public async Task An_order_refused_for_a_low_balance_says_so_and_leaves_no_number()
    {
        var offers = await OffersAsync("GA", 2);
        app.SandboxOrders.RefuseNextOrders(OrderRefusal.BalanceTooLow, 1);

        var result = await app.BuyAsync(offers, "GA");

        Assert.NotNull(result.OrderId);
        Assert.Contains("balance is too low", result.Error);
        var order = await app.OrderAsync(result.OrderId!.Value);
        Assert.Equal(NumberOrderStatus.Refused, order.Status);
        Assert.Equal(result.Error, order.Problem);
        Assert.StartsWith("Telnyx refused the order; nothing was bought.", order.Problem);
        Assert.Empty(await app.NumbersAsync(offers.Select(o => o.PhoneNumber)));
        Assert.Equal(0, await app.App.WithDbAsync(db => db.NumberAuditEntries.CountAsync(e => e.Action == NumberAuditAction.Bought)));

        // Refused means nothing was bought: the same numbers can be ordered again.
        Assert.Null((await app.BuyAsync(offers, "GA")).Error);
    }

    [Fact]
    public async Task A_rate_limited_order_is_refused_in_words()
    {
        var offers = await OffersAsync("AZ", 1);
        app.SandboxOrders.RefuseNextOrders(OrderRefusal.TooManyRequests, 1);

        var result = await app.BuyAsync(offers, "AZ");

        Assert.Contains("limiting how fast", result.Error);
        Assert.Empty(await app.NumbersAsync(offers.Select(o => o.PhoneNumber)));
    }

    [Fact]
    public async Task A_number_already_being_ordered_is_not_ordered_twice()
    {
        var offers = await OffersAsync("MA", 1);
        var first = app.BuyAsync(offers, "MA");
        var second = app.BuyAsync(offers, "MA");
        var results = await Task.WhenAll(first, second);

        Assert.Single(results, r => r.Error is null);
        Assert.Single(results, r => r.Error is not null && r.OrderId is null);
        Assert.Equal(1, await app.App.WithDbAsync(db => db.NumberOrders.CountAsync()));
        var again = await app.BuyAsync(offers, "MA");
        Assert.Matches("is already (being ordered|one of the company's numbers)", again.Error);
    }

    [Fact]
    public async Task Only_admins_buy_numbers()
    {
        var offers = await OffersAsync("CO", 1);
        var staff = CrmTelnyx.Tests.Features.TextCenter.TextSenders.Staff;

        var result = await app.RunAsync<BuyNumbers, BuyNumbers.Result>(b => b.BuyAsync(staff, offers, "CO"));

        Assert.Equal(BuyNumbers.NotAllowed, result.Error);
        Assert.Equal(0, await app.App.WithDbAsync(db => db.NumberOrders.CountAsync()));
    }
}
