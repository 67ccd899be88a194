using Bunit;
using CrmTelnyx.Features.Numbers;
using CrmTelnyx.Identity;
using CrmTelnyx.Tests.Features.TextCenter;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CrmTelnyx.Tests.Features.Numbers;

/// <summary>The Settings page's Number health section: another admin's save meanwhile is shown in words, with a reload.</summary>
public sealed class NumberHealthSettingsCardTests : IAsyncLifetime
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
    }

    [Fact]
    public async Task A_save_after_another_admins_change_shows_what_they_changed_and_reload_shows_theirs()
    {
        context.SignInAs(app, AppRoles.Admin);
        context.Render<MudBlazor.MudSnackbarProvider>();
        var card = context.Render<NumberHealthSettingsCard>();
        card.WaitForAssertion(() => Assert.Equal("100", card.Find("#health-min-sample").GetAttribute("value")), Wait);

        // Another admin raises the sample while this page is open.
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var theirs = NumberHealthSettingsForm.From(await app.WithDbAsync(db => db.NumberHealthSettings.AsNoTracking().SingleAsync()));
            theirs.MinimumSample = 200;
            var other = new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity(
                [new(System.Security.Claims.ClaimTypes.Name, "other@crm.test"), new(System.Security.Claims.ClaimTypes.Role, AppRoles.Admin)], "Test"));
            await scope.ServiceProvider.GetRequiredService<SaveNumberHealthSettings>().SaveAsync(other, theirs);
        }

        card.Find("#health-window-days").Change("14");
        card.Find("[data-save-number-health]").Click();

        card.WaitForAssertion(() => Assert.Contains("other@crm.test changed these settings", card.Find("[data-settings-conflict]").TextContent), Wait);
        var field = card.Find("[data-conflict-field='Minimum sample']").TextContent;
        Assert.Contains("Theirs 200 texts", field);
        Assert.Contains("Yours 100 texts", field);
        Assert.Equal(7, await app.WithDbAsync(db => db.NumberHealthSettings.Select(s => s.WindowDays).SingleAsync()));

        card.Find("[data-conflict-reload]").Click();
        card.WaitForAssertion(() => Assert.Equal("200", card.Find("#health-min-sample").GetAttribute("value")), Wait);
        Assert.Empty(card.FindAll("[data-settings-conflict]"));
        Assert.Contains("Last changed by other@crm.test", card.Find("[data-settings-last-changed]").TextContent);
    }
}
