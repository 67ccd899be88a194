using System.Globalization;
using System.Security.Claims;
using System.Text.RegularExpressions;
using CrmTelnyx.Features.Billing.Tab;
using CrmTelnyx.Features.Calls;
using CrmTelnyx.Features.Calls.Outbound;
using CrmTelnyx.Features.TextCenter;
using CrmTelnyx.Identity;
using CrmTelnyx.Sandbox;
using CrmTelnyx.Tests.Features.Numbers;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CrmTelnyx.Tests.Features.Billing;

/// <summary>
/// In Sandbox mode, as a manager would: after a call, the Billing tab shows today's costs with the call's legs under
/// Calls and its number in the table, the totals match the ledger, and the Type filter narrows them.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class BillingBrowserTests(BrowserFixture browser)
{
    [BrowserFact]
    public Task After_a_call_the_billing_tab_shows_todays_cost_by_type_and_by_number() => browser.ExplainingFailuresAsync(async () =>
    {
        await browser.App.SyncNumbersAsync();
        browser.App.Services.GetRequiredService<SandboxRuntimeSettings>().CallDurationMs = 1_500;
        var call = await PlaceCallAsync();

        var (legs, cost) = await TodayAsync();
        var page = await browser.SignedInPageAsync(CrmAppFactory.AdminEmail, CrmAppFactory.AdminPassword);
        await Assertions.Expect(page.Locator("[data-live-status]")).ToHaveAttributeAsync("data-live-state", "connected");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Billing" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/billing$"));
        await Assertions.Expect(page.Locator("[data-live-status]")).ToHaveAttributeAsync("data-live-state", "connected");
        await page.Locator("[data-billing-presets]").GetByText("Today", new() { Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-billing-period]")).ToHaveTextAsync(new Regex(@"^\w{3} \w{3} \d{1,2}, \d{4}$"));

        var calls = page.Locator("[data-billing-total='calls']");
        await Assertions.Expect(calls.Locator("[data-billing-amount]")).ToHaveTextAsync(Money(cost));
        await Assertions.Expect(calls).ToContainTextAsync($"{legs} call legs");
        await Assertions.Expect(page.Locator($"[data-billing-number-row='{call.From}']")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-billing-chart] svg").First).ToBeVisibleAsync();

        // Texts only: the call's cost leaves the total.
        await page.GetByLabel("Type").ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item", new() { HasText = "SMS" }).ClickAsync();
        await Assertions.Expect(calls.Locator("[data-billing-amount]")).ToHaveTextAsync("$0.00");
    });

    private async Task<Call> PlaceCallAsync()
    {
        // An agent of its own: the shared app's admin must stay as other journeys expect it (no phone of their own yet).
        var user = await browser.App.CreateUserAsync("billing-agent@crm.test", "Billing-Agent-2026", AppRoles.Agent);
        await browser.App.WithDbAsync(db => db.Users.Where(u => u.Id == user.Id).ExecuteUpdateAsync(u => u.SetProperty(x => x.PhoneNumber, "+13125550176")));
        var agent = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, user.Id), new Claim(ClaimTypes.Role, AppRoles.Agent)], "test"));
        await using var scope = browser.App.Services.CreateAsyncScope();
        var placed = await scope.ServiceProvider.GetRequiredService<PlaceCall>().RunAsync(agent, new PlaceCall.Request(null, "+13125550124", null, false));
        Assert.Null(placed.Error);
        return await Eventually.ReturnsAsync(
            () => browser.App.WithDbAsync(db => db.Calls.AsNoTracking().Include(c => c.Legs).SingleAsync(c => c.Id == placed.Call!.Id)),
            c => c.Status == CallStatus.Ended && c.Legs.Count == 2 && c.Legs.All(l => l.Cost != null), TimeSpan.FromSeconds(30));
    }

    /// <summary>Today's call legs and their cost in the ledger, as the tab should show them (other tests' calls included).</summary>
    private async Task<(int Legs, decimal Cost)> TodayAsync()
    {
        var zone = await browser.App.WithDbAsync(db => CompanyClock.ZoneAsync(db));
        var today = BillingPeriod.Of(BillingPreset.Today, DateTimeOffset.UtcNow, zone);
        var (from, to) = (today.FromUtc.UtcDateTime, today.ToUtc.UtcDateTime);
        return await browser.App.WithDbAsync(async db =>
        {
            var entries = await db.LedgerEntries.AsNoTracking().Where(e => e.Type == CrmTelnyx.Features.Billing.Ledger.LedgerEntryType.Call && e.OccurredAt >= from && e.OccurredAt < to).ToListAsync();
            return (entries.Count(e => !e.IsCorrection), entries.Sum(e => e.Amount));
        });
    }

    private static string Money(decimal amount) => amount.ToString("$#,0.00##", CultureInfo.InvariantCulture);
}
