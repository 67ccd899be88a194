using CrmTelnyx.Features.Calls.Settings;
using CrmTelnyx.Identity;
using CrmTelnyx.Tests.Features.TextCenter;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CrmTelnyx.Tests.Features.Calls.Settings;

/// <summary>The Calls settings as an admin meets them in Chromium on a phone-sized screen.</summary>
[Collection(BrowserCollection.Name)]
public sealed class CallSettingsBrowserTests(BrowserFixture browser)
{
    private static readonly string Shots = Path.Combine(Path.GetTempPath(), "crmtelnyx-screenshots");

    [BrowserFact]
    public async Task At_390_px_an_admin_is_told_of_a_duplicate_disposition_then_saves_and_the_settings_are_kept_after_a_reload()
    {
        try
        {
            await ChangeAndReloadAsync();
        }
        finally
        {
            // The app is shared by the browser journeys: the call journey records on demand as shipped.
            await RestoreShippedSettingsAsync();
        }
    }

    private async Task ChangeAndReloadAsync()
    {
        var admin = await browser.SignedInPageAsync(CrmAppFactory.AdminEmail, CrmAppFactory.AdminPassword);
        await admin.SetViewportSizeAsync(390, 844);
        await admin.GotoAsync("/settings");
        await Assertions.Expect(admin.Locator("[data-live-status]")).ToHaveAttributeAsync("data-live-state", "connected", new() { Timeout = 60_000 });
        var section = admin.Locator("[data-settings-calls]");
        await section.ScrollIntoViewIfNeededAsync();

        // Nothing in the card is cut off or scrolls sideways on a phone.
        var box = await section.BoundingBoxAsync();
        Assert.NotNull(box);
        Assert.True(box.X >= 0 && box.X + box.Width <= 390, $"The card spans {box.X}–{box.X + box.Width} px of 390.");
        Assert.True(await section.EvaluateAsync<bool>("e => e.scrollWidth <= e.clientWidth"), "The card scrolls sideways.");

        await section.Locator("#call-settings-dispositions").FillAsync("Booked\nNo answer\nBOOKED");
        await section.Locator("#call-settings-dispositions").BlurAsync();
        await Assertions.Expect(section).ToContainTextAsync("\"Booked\" is listed twice; keep one.");
        Directory.CreateDirectory(Shots);
        await section.ScreenshotAsync(new() { Path = Path.Combine(Shots, "call-settings-390.png") });

        await section.Locator("#call-settings-dispositions").FillAsync("Booked\nNo answer");
        await section.Locator("[data-call-settings-recording-mode='Never']").ClickAsync();
        await section.Locator("[data-save-call-settings]").ClickAsync();
        await Assertions.Expect(admin.Locator(".mud-snackbar")).ToContainTextAsync("Call settings saved");

        await admin.ReloadAsync();
        await Assertions.Expect(admin.Locator("[data-live-status]")).ToHaveAttributeAsync("data-live-state", "connected", new() { Timeout = 60_000 });
        section = admin.Locator("[data-settings-calls]");
        await Assertions.Expect(section.Locator("#call-settings-dispositions")).ToHaveValueAsync("Booked\nNo answer");
        await Assertions.Expect(section.Locator("[data-call-settings-last-changed]")).ToContainTextAsync($"Last changed by {CrmAppFactory.AdminEmail}");
        var stored = await browser.App.WithDbAsync(db => db.CallSettings.AsNoTracking().SingleAsync());
        Assert.Equal(RecordingMode.Never, stored.Recording);
    }

    private async Task RestoreShippedSettingsAsync()
    {
        await using var scope = browser.App.Services.CreateAsyncScope();
        var shipped = CallSettingsForm.From(new CallSettings());
        shipped.Version = await browser.App.WithDbAsync(db => db.CallSettings.Select(s => s.Version).SingleAsync());
        var result = await scope.ServiceProvider.GetRequiredService<SaveCallSettings>().SaveAsync(TextSenders.WithRole(AppRoles.Admin), shipped);
        Assert.Empty(result.Errors);
    }
}
