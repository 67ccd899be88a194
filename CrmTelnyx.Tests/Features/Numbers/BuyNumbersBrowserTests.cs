using CrmTelnyx.Features.Numbers;
using CrmTelnyx.Tests.Infrastructure;
using CrmTelnyx.Tests.Sandbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace CrmTelnyx.Tests.Features.Numbers;

/// <summary>In Sandbox mode, as a new admin would: search numbers in a state, buy two and watch them arrive; an order the sandbox refuses says why.</summary>
[Collection(BrowserCollection.Name)]
public sealed class BuyNumbersBrowserTests(BrowserFixture browser)
{
    private static async Task SearchIllinoisAsync(IPage page)
    {
        await page.GotoAsync("/numbers/buy");
        await SandboxPageDriver.WaitUntilInteractiveAsync(page);
        await page.GetByLabel("State").ClickAsync();
        await page.Locator(".mud-popover-open").GetByText("Illinois (IL)", new() { Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-offer]").First).ToBeVisibleAsync();
    }

    [BrowserFact]
    public async Task Two_numbers_bought_in_a_state_arrive_live_and_a_refused_order_says_why()
    {
        var page = await browser.SignedInPageAsync(CrmAppFactory.AdminEmail, CrmAppFactory.AdminPassword);
        await SearchIllinoisAsync(page);

        var offers = page.Locator("[data-offer]");
        var first = (await offers.Nth(0).GetAttributeAsync("data-offer"))!;
        var second = (await offers.Nth(1).GetAttributeAsync("data-offer"))!;
        await page.Locator($"[data-choose='{first}']").CheckAsync();
        await page.Locator($"[data-choose='{second}']").CheckAsync();
        await Assertions.Expect(page.Locator("[data-selection-summary]")).ToHaveTextAsync("2 numbers selected: $2.00 upfront, $2.00 a month");

        await page.GetByRole(AriaRole.Button, new() { Name = "Buy", Exact = true }).ClickAsync();
        var dialog = page.Locator("[data-buy-dialog]");
        await Assertions.Expect(dialog.Locator("[data-buy-dialog-total]")).ToHaveTextAsync("Total: $2.00 upfront, $2.00 a month");
        await Assertions.Expect(dialog.Locator($"[data-buy-dialog-number='{first}']")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-buy-confirm]")).ToHaveTextAsync("Buy 2 numbers");
        await page.Locator("[data-buy-confirm]").ClickAsync();

        // The order's progress follows the sandbox's webhook without a reload.
        var order = page.Locator("[data-number-order]");
        await Assertions.Expect(order).ToHaveAttributeAsync("data-order-status", "Completed", new() { Timeout = 30_000 });
        await Assertions.Expect(order.Locator("[data-line-status='Succeeded']")).ToHaveCountAsync(2);
        await Assertions.Expect(order.Locator("[data-order-done]")).ToContainTextAsync("All 2 numbers are yours");
        await Assertions.Expect(page.Locator($"[data-offer='{first}']")).ToHaveCountAsync(0);
        var bought = await browser.App.WithDbAsync(db => db.CompanyNumbers.AsNoTracking()
            // The browser tests share one app: another may have bought and released one of these numbers before; that row stays released.
            .Where(n => (n.PhoneNumber == first || n.PhoneNumber == second) && n.ReleasedAt == null).ToListAsync());
        Assert.Equal(2, bought.Count);
        Assert.All(bought, n => Assert.Equal((NumberStatus.Active, "IL"), (n.Status, n.State)));
        Assert.All(bought, n => Assert.NotNull(n.TelnyxId));
        await Assertions.Expect(order.Locator("[data-order-numbers-link]")).ToHaveAttributeAsync("href", "numbers");

        // The sandbox refuses the next order: the page says why in words, and nothing was bought.
        await page.GotoAsync("/sandbox");
        await SandboxPageDriver.WaitUntilInteractiveAsync(page);
        var card = page.Locator("[data-sandbox-card='number-orders']");
        await card.GetByRole(AriaRole.Button, new() { Name = "Refuse the next orders" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-sandbox-notice]", new() { HasText = "balance too low" }).Last).ToBeVisibleAsync();

        await SearchIllinoisAsync(page);
        var third = (await page.Locator("[data-offer]").First.GetAttributeAsync("data-offer"))!;
        await page.Locator($"[data-choose='{third}']").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Buy", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-buy-confirm]")).ToHaveTextAsync("Buy 1 number");
        await page.Locator("[data-buy-confirm]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-number-order]")).ToHaveAttributeAsync("data-order-status", "Refused");
        await Assertions.Expect(page.Locator("[data-order-problem]")).ToContainTextAsync("balance is too low");
        Assert.False(await browser.App.WithDbAsync(db => db.CompanyNumbers.AnyAsync(n => n.PhoneNumber == third)));
    }
}
