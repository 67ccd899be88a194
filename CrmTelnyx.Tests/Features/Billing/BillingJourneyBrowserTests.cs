using System.Globalization;
using System.Security.Claims;
using System.Text.RegularExpressions;
using CrmTelnyx.Features.Calls;
using CrmTelnyx.Features.Calls.Outbound;
using CrmTelnyx.Features.TextCenter;
using CrmTelnyx.Features.TextCenter.Blasts;
using CrmTelnyx.Identity;
using CrmTelnyx.Sandbox;
using CrmTelnyx.Tests.Features.Billing.Export;
using CrmTelnyx.Tests.Features.Numbers;
using CrmTelnyx.Tests.Features.TextCenter;
using CrmTelnyx.Tests.Features.TextCenter.Blasts;
using CrmTelnyx.Tests.Infrastructure;
using CrmTelnyx.Tests.Sandbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CrmTelnyx.Tests.Features.Billing;

/// <summary>The app of its own (a reconciliation covers the whole day), its clock at a weekday noon in Chicago so the blast is inside quiet hours.</summary>
public sealed class BillingJourneyFixture() : BrowserFixture(BlastApp.Configure(new CrmAppFactory(), new ShiftedClock(ShiftedClock.WeekdayNoonInChicago)));

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class BillingJourneyCollection : ICollectionFixture<BillingJourneyFixture>
{
    public const string Name = "Billing journey";
}

/// <summary>
/// Issue 12's "done when", as a manager does it in sandbox mode: after a blast and a call, the Billing tab shows their
/// costs by type and by number, today's chart, filters that narrow the totals, and a ledger CSV whose lines add up to
/// them; comparing the day with Telnyx finds nothing, and finds the text whose webhook the sandbox was told to lose;
/// with the budget passed and holding on, a blast waits until the manager sends it anyway.
/// </summary>
[Collection(BillingJourneyCollection.Name)]
public sealed class BillingJourneyBrowserTests(BillingJourneyFixture browser)
{
    private const string Sender = BlastApp.SenderA;

    [BrowserFact]
    public Task A_blast_and_a_call_show_on_the_billing_tab_and_a_lost_webhook_is_found_by_the_check_against_telnyx() =>
        browser.ExplainingFailuresAsync(JourneyAsync);

    private async Task JourneyAsync()
    {
        var app = browser.App;
        await app.AddNumberAsync(Sender, n => n.State = "IL");
        await app.RatesAsync();
        await app.ContactsAsync(3, tag: "billing", first: 7201);
        var blastId = await app.BlastAsync("Hi {firstName|there}, our winter sale starts today.", [Sender], new BlastAudience { Tags = ["billing"] });
        await app.SettledAsync(blastId);
        await Eventually.ReturnsAsync(() => app.WithDbAsync(db => db.LedgerEntries.CountAsync(e => e.BlastId == blastId)), n => n == 3);
        app.Services.GetRequiredService<SandboxRuntimeSettings>().CallDurationMs = 1_500;
        var call = await PlaceCallAsync();

        var page = await browser.SignedInPageAsync(CrmAppFactory.AdminEmail, CrmAppFactory.AdminPassword);
        await page.GotoAsync("/billing");
        await SandboxPageDriver.WaitUntilInteractiveAsync(page);
        await page.Locator("[data-billing-presets]").GetByText("Today", new() { Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-billing-period]")).ToHaveTextAsync("Wed Dec 2, 2026");

        // By type: the blast's three texts, the call's two legs.
        var (texts, calls, all) = (Total(page, "texts"), Total(page, "calls"), Total(page, "all"));
        await Assertions.Expect(texts).ToContainTextAsync("3 texts");
        await Assertions.Expect(calls).ToContainTextAsync("2 call legs");
        var textCost = Money(await app.WithDbAsync(db => db.Messages.Where(m => m.BlastId == blastId).SumAsync(m => m.CostAmount!.Value)));
        var callCost = Money(call.Legs.Sum(l => l.Cost!.Value));
        await Assertions.Expect(texts.Locator("[data-billing-amount]")).ToHaveTextAsync(textCost);
        await Assertions.Expect(calls.Locator("[data-billing-amount]")).ToHaveTextAsync(callCost);
        // By number, by blast; today's chart.
        await Assertions.Expect(page.Locator($"[data-billing-number-row='{Sender}']")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator($"[data-billing-number-row='{call.From}']")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-billing-chart='days'] svg").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-billing-days]")).ToContainTextAsync("Wed Dec 2");
        await Assertions.Expect(page.Locator("[data-billing-group='blasts']")).ToContainTextAsync("Test blast");

        // Filters narrow the totals: the blast's row picked, then calls only.
        await page.Locator($"[data-billing-group-row='{blastId}']").ClickAsync();
        await Assertions.Expect(page.Locator("[data-billing-picked='blast']")).ToContainTextAsync("Test blast");
        await Assertions.Expect(all.Locator("[data-billing-amount]")).ToHaveTextAsync(textCost);
        await Assertions.Expect(calls.Locator("[data-billing-amount]")).ToHaveTextAsync("$0.00");
        await page.Locator("[data-billing-picked='blast'] .mud-chip-close-button").ClickAsync();
        await page.GetByLabel("Type").ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item", new() { HasText = "Calls" }).ClickAsync();
        await Assertions.Expect(all.Locator("[data-billing-amount]")).ToHaveTextAsync(callCost);
        await Assertions.Expect(texts.Locator("[data-billing-amount]")).ToHaveTextAsync("$0.00");

        // The ledger CSV of everything today: its lines add up to the total shown.
        await page.GotoAsync("/billing");
        await SandboxPageDriver.WaitUntilInteractiveAsync(page);
        await page.Locator("[data-billing-presets]").GetByText("Today", new() { Exact = true }).ClickAsync();
        await Assertions.Expect(texts.Locator("[data-billing-amount]")).ToHaveTextAsync(textCost);
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("[data-billing-export='ledger']").ClickAsync());
        var csv = ExportedCsv.Parse(await File.ReadAllBytesAsync(await download.PathAsync()));
        Assert.Equal(5, csv.Rows.Count);
        var sum = csv.Rows.Sum(r => decimal.Parse(r["amount_usd"], CultureInfo.InvariantCulture));
        await Assertions.Expect(all.Locator("[data-billing-amount]")).ToHaveTextAsync(Money(sum));

        // A budget already passed: the app bar warns at once.
        await page.Locator("#budget-amount").FillAsync("0.01");
        await page.Locator("#budget-alerts").FillAsync("50, 100");
        await page.Locator("[data-budget-save]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-budget-alert='100']")).ToContainTextAsync("Over budget");
        await Assertions.Expect(page.Locator("[data-budget-appbar='100']")).ToBeVisibleAsync();

        // A text's cost arriving while the tab is open shows without a reload.
        await page.EvaluateAsync("() => { window.__notReloaded = true; }");
        await SendTextAsync("+13125557298");
        await Assertions.Expect(texts).ToContainTextAsync("4 texts");
        Assert.True(await page.EvaluateAsync<bool>("() => window.__notReloaded === true"));

        // Comparing today with Telnyx: everything arrived, so nothing differs.
        await CompareTodayAsync(page);
        await Assertions.Expect(page.Locator("[data-reconcile-outcome]")).ToHaveAttributeAsync("data-reconcile-outcome", "match");

        // The sandbox loses the next text's final webhook: the app never learns its cost, the check finds and fills it.
        await page.GotoAsync("/sandbox");
        await SandboxPageDriver.WaitUntilInteractiveAsync(page);
        await page.Locator("[data-lose-webhooks]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-losing='message.finalized']")).ToBeVisibleAsync();
        await SendTextAsync("+13125557299");
        await Assertions.Expect(page.Locator("[data-losing='message.finalized']")).ToHaveCountAsync(0);

        await page.GotoAsync("/billing");
        await SandboxPageDriver.WaitUntilInteractiveAsync(page);
        await CompareTodayAsync(page);
        await Assertions.Expect(page.Locator("[data-reconcile-outcome]")).ToHaveAttributeAsync("data-reconcile-outcome", "differences");
        var row = page.Locator("[data-reconcile-differences] tbody tr");
        await Assertions.Expect(row).ToHaveCountAsync(1);
        await Assertions.Expect(row).ToContainTextAsync("Missing in the app");
        await Assertions.Expect(row).ToContainTextAsync("(312) 555-7299");
        await Assertions.Expect(row).ToContainTextAsync("Entered Telnyx's cost");

        // Blasts that would pass the budget wait: the manager turns holding on, a blast is held, and they send it anyway.
        var hold = page.GetByLabel("Hold blasts that would pass the budget");
        await hold.CheckAsync();
        await page.Locator("[data-budget-save]").ClickAsync();
        await Assertions.Expect(hold).ToBeCheckedAsync();
        await Eventually.ReturnsAsync(() => app.WithDbAsync(db => db.BillingBudget.Select(b => b.HoldBlastsOverBudget).SingleAsync()), hold => hold);
        await app.ContactsAsync(2, tag: "held", first: 7301);
        var heldId = await app.BlastAsync("Hi {firstName|there}, one more day of the sale.", [Sender], new BlastAudience { Tags = ["held"] });
        // The budget card lists it once it is held (a moment after it starts).
        await Eventually.ReturnsAsync(() => app.BlastRowAsync(heldId), b => b.Status == BlastStatus.HeldForBudget);
        await page.GotoAsync("/billing");
        await SandboxPageDriver.WaitUntilInteractiveAsync(page);
        await page.Locator($"[data-held-blast='{heldId}']").ClickAsync();
        await Assertions.Expect(page.Locator("[data-blast-summary] [data-blast-status]")).ToHaveTextAsync("Held for budget");
        await Assertions.Expect(page.Locator("[data-blast-held]")).ToContainTextAsync("past the $0.01 budget");
        await Assertions.Expect(page.Locator("[data-counter='Queued'] [data-counter-value]")).ToHaveTextAsync("2");
        await page.Locator("[data-send-held-blast]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-blast-notice]")).ToContainTextAsync("Approved: the texts are being sent.");
        await Assertions.Expect(page.Locator("[data-counter='Delivered'] [data-counter-value]")).ToHaveTextAsync("2", new() { Timeout = 20_000 });
        await Assertions.Expect(page.Locator("[data-blast-last-action]")).ToContainTextAsync("Sent over the budget: approved by admin@crm.test");
    }

    private async Task SendTextAsync(string to)
    {
        await using var scope = browser.App.Services.CreateAsyncScope();
        Assert.Null((await scope.ServiceProvider.GetRequiredService<SendSingleText>().SendAsync(TextSenders.Staff, Sender, to, "Your order shipped.")).Error);
    }

    private static ILocator Total(IPage page, string kind) => page.Locator($"[data-billing-total='{kind}']");

    private static async Task CompareTodayAsync(IPage page)
    {
        var day = page.Locator("[data-reconciliation]").GetByLabel("Day");
        await day.FillAsync("2026-12-02");
        await day.PressAsync("Enter");
        await page.Locator("[data-reconcile-run]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-reconcile-summary]")).ToContainTextAsync("by admin@crm.test");
    }

    private async Task<Call> PlaceCallAsync()
    {
        var user = await browser.App.CreateUserAsync("billing-journey-agent@crm.test", "Billing-Agent-2026", AppRoles.Agent);
        await browser.App.WithDbAsync(db => db.Users.Where(u => u.Id == user.Id).ExecuteUpdateAsync(u => u.SetProperty(x => x.PhoneNumber, "+13125550177")));
        var agent = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, user.Id), new Claim(ClaimTypes.Role, AppRoles.Agent)], "test"));
        await using var scope = browser.App.Services.CreateAsyncScope();
        var placed = await scope.ServiceProvider.GetRequiredService<PlaceCall>().RunAsync(agent, new PlaceCall.Request(null, "+13125550125", null, false));
        Assert.Null(placed.Error);
        return await Eventually.ReturnsAsync(
            () => browser.App.WithDbAsync(db => db.Calls.AsNoTracking().Include(c => c.Legs).SingleAsync(c => c.Id == placed.Call!.Id)),
            c => c.Status == CallStatus.Ended && c.Legs.Count == 2 && c.Legs.All(l => l.Cost != null), TimeSpan.FromSeconds(30));
    }

    private static string Money(decimal amount) => amount.ToString("$#,0.00##", CultureInfo.InvariantCulture);
}
