using CrmTelnyx.Features.Numbers;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace CrmTelnyx.Tests.Features.Numbers;

/// <summary>Number health as people meet it in Chromium: an admin tunes the thresholds; staff see a flagged sender's reason.</summary>
[Collection(BrowserCollection.Name)]
public sealed class NumberHealthBrowserTests(BrowserFixture browser)
{
    private static Task CircuitUpAsync(IPage page) =>
        Assertions.Expect(page.Locator("[data-live-status]")).ToHaveAttributeAsync("data-live-state", "connected");

    [BrowserFact]
    public async Task An_admin_changes_a_threshold_in_Settings_and_it_is_kept_after_a_reload()
    {
        var admin = await browser.SignedInPageAsync(CrmAppFactory.AdminEmail, CrmAppFactory.AdminPassword);
        await admin.GotoAsync("/settings");
        await CircuitUpAsync(admin);
        var section = admin.Locator("[data-settings-number-health]");

        await section.Locator("#health-min-delivery").FillAsync("");
        await section.Locator("#health-min-delivery").BlurAsync();
        await Assertions.Expect(section).ToContainTextAsync("Enter a percentage from 0 to 100.");

        await section.Locator("#health-min-delivery").FillAsync("87.5");
        await section.Locator("#health-min-sample").FillAsync("150");
        await section.Locator("#health-min-sample").BlurAsync();
        await section.Locator("[data-save-number-health]").ClickAsync();
        await Assertions.Expect(admin.Locator(".mud-snackbar")).ToContainTextAsync("Number health settings saved");

        await admin.ReloadAsync();
        await CircuitUpAsync(admin);
        section = admin.Locator("[data-settings-number-health]");
        await Assertions.Expect(section.Locator("#health-min-delivery")).ToHaveValueAsync("87.5");
        await Assertions.Expect(section.Locator("#health-min-sample")).ToHaveValueAsync("150");
        await Assertions.Expect(section.Locator("[data-settings-last-changed]")).ToContainTextAsync($"Last changed by {CrmAppFactory.AdminEmail}");
    }

    [BrowserFact]
    public async Task Staff_see_a_flagged_senders_reason_on_the_Text_Center()
    {
        await browser.App.CreateUserAsync("health-staff@crm.test", "Staff-Passw0rd1", "Staff");
        // No Telnyx id: a number of an order still pending, which the scheduled sync leaves alone.
        await browser.App.AddNumberAsync("+13125550177", n =>
        {
            n.TelnyxId = null;
            n.FriendlyName = "Spring promo";
            n.HealthProblem = "Delivered 72% of 140 texts in the last 7 days (below 90%).";
        });

        var staff = await browser.SignedInPageAsync("health-staff@crm.test", "Staff-Passw0rd1");
        await staff.GotoAsync("/text-center");
        await CircuitUpAsync(staff);

        var sender = staff.Locator("[data-sender-numbers] [data-sender='+13125550177']");
        await Assertions.Expect(sender).ToContainTextAsync("Spring promo");
        await Assertions.Expect(sender.Locator("[data-sender-problem]")).ToHaveTextAsync("Delivered 72% of 140 texts in the last 7 days (below 90%).");
        await Assertions.Expect(staff.Locator("[data-sender-numbers] [data-add-numbers]")).ToHaveCountAsync(0);
    }
}
