using Bunit;
using CrmTelnyx.Features.TextCenter.QuietHours;
using CrmTelnyx.Features.TextCenter.Settings;
using CrmTelnyx.Identity;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Tests.Features.TextCenter.Settings;

/// <summary>The Settings page's Texting section: wrong rules are refused by the field with the reason; reset and save work.</summary>
[Collection(QuietHoursRulesCollection.Name)]
public sealed class TextingSettingsCardTests : IAsyncLifetime
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(15);
    private readonly CrmAppFactory app = new();
    private MudComponentContext context = default!;

    public Task InitializeAsync()
    {
        context = new MudComponentContext(app);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await context.DisposeAsync();
        app.Dispose();
        QuietHoursRules.Use(null);
    }

    [Fact]
    public async Task Wrong_quiet_hours_are_refused_with_the_reason_and_after_a_reset_the_settings_save()
    {
        context.SignInAs(app, AppRoles.Admin);
        context.Render<MudBlazor.MudSnackbarProvider>();
        var card = context.Render<TextingSettingsCard>();
        card.WaitForAssertion(() => Assert.Equal("America/New_York", card.Find("#texting-time-zone").GetAttribute("value")), Wait);
        Assert.Contains("shipped with the app", card.Find("[data-quiet-hours-origin]").TextContent);

        card.Find("#texting-quiet-hours").Change("""{ "default": { "start": "21:00", "end": "08:00", "source": "ours" } }""");
        card.Find("[data-save-texting-settings]").Click();

        card.WaitForAssertion(() => Assert.Contains("not before its end", card.Markup), Wait);
        Assert.Null(await app.WithDbAsync(db => db.TextingSettings.Select(s => s.UpdatedAt).SingleAsync()));

        card.Find("[data-reset-quiet-hours]").Click();
        card.Find("#texting-time-zone").Change("America/Chicago");
        card.Find("[data-save-texting-settings]").Click();

        card.WaitForAssertion(() => Assert.Contains("Last changed by admin@crm.test", card.Find("[data-texting-last-changed]").TextContent), Wait);
        var saved = await app.WithDbAsync(db => db.TextingSettings.AsNoTracking().SingleAsync());
        Assert.Equal("America/Chicago", saved.CompanyTimeZone);
        Assert.Null(saved.QuietHoursJson);
    }
}
