using System.Security.Claims;
using Bunit;
using CrmTelnyx.Features.Calls.Settings;
using CrmTelnyx.Identity;
using CrmTelnyx.Tests.Features.TextCenter;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CrmTelnyx.Tests.Features.Calls.Settings;

/// <summary>The Settings page's Calls section: it shows what was saved, refuses wrong dispositions by the field, and shows another admin's save meanwhile.</summary>
public sealed class CallSettingsCardTests : IAsyncLifetime
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

    private static ClaimsPrincipal AdminNamed(string name) => new(new ClaimsIdentity(
        [new(ClaimTypes.Name, name), new(ClaimTypes.Role, AppRoles.Admin)], "Test"));

    private async Task SaveAsOtherAdminAsync(Action<CallSettingsForm> change)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var form = CallSettingsForm.From(await app.WithDbAsync(db => db.CallSettings.AsNoTracking().SingleAsync()));
        change(form);
        var result = await scope.ServiceProvider.GetRequiredService<SaveCallSettings>().SaveAsync(AdminNamed("other@crm.test"), form);
        Assert.NotNull(result.Saved);
    }

    /// <summary>The radio or switch input MudBlazor puts the data- attribute on, or the one inside it.</summary>
    private static AngleSharp.Dom.IElement Input(AngleSharp.Dom.IElement marked) =>
        marked.TagName == "INPUT" ? marked : marked.QuerySelector("input") ?? throw new InvalidOperationException($"No input in {marked.OuterHtml}");

    private static bool IsChecked(AngleSharp.Dom.IElement marked) => Input(marked).HasAttribute("checked");

    [Fact]
    public async Task The_card_shows_the_saved_settings_and_refuses_duplicate_dispositions_by_the_field()
    {
        await SaveAsOtherAdminAsync(f =>
        {
            f.Recording = RecordingMode.Always;
            f.Transcribe = true;
            f.VoicemailDrop = "Hello from Acme, please call back.";
            f.Dispositions = "Booked\nNo answer";
        });
        context.SignInAs(app, AppRoles.Admin);
        context.Render<MudBlazor.MudSnackbarProvider>();
        var card = context.Render<CallSettingsCard>();

        card.WaitForAssertion(() => Assert.Equal("Hello from Acme, please call back.", card.Find("#call-settings-voicemail").GetAttribute("value")), Wait);
        Assert.Equal("Booked\nNo answer", card.Find("#call-settings-dispositions").GetAttribute("value"));
        Assert.True(IsChecked(card.Find("[data-call-settings-recording-mode='Always']")));
        Assert.False(IsChecked(card.Find("[data-call-settings-recording-mode='OnDemand']")));
        Assert.True(IsChecked(card.Find("[data-call-settings-transcribe]")));
        Assert.True(IsChecked(card.Find("[data-call-settings-detect-machines]")));
        Assert.Contains("This call may be recorded", card.Find("[data-call-settings-consent]").TextContent);
        Assert.Contains("Last changed by other@crm.test", card.Find("[data-call-settings-last-changed]").TextContent);

        card.Find("#call-settings-dispositions").Change("Booked\nNo answer\nbooked");
        card.Find("[data-save-call-settings]").Click();

        card.WaitForAssertion(() => Assert.Contains("\"Booked\" is listed twice; keep one.", card.Markup), Wait);
        Assert.Equal("Booked\nNo answer", await app.WithDbAsync(db => db.CallSettings.Select(s => s.Dispositions).SingleAsync()));

        card.Find("#call-settings-dispositions").Change("Booked\nNo answer\nWrong number");
        card.Find("[data-save-call-settings]").Click();

        card.WaitForAssertion(() => Assert.Contains("Last changed by admin@crm.test", card.Find("[data-call-settings-last-changed]").TextContent), Wait);
        Assert.DoesNotContain("listed twice", card.Markup);
        Assert.Equal("Booked\nNo answer\nWrong number", await app.WithDbAsync(db => db.CallSettings.Select(s => s.Dispositions).SingleAsync()));
    }

    [Fact]
    public async Task A_save_after_another_admins_change_shows_what_they_changed_and_reload_shows_theirs()
    {
        context.SignInAs(app, AppRoles.Admin);
        context.Render<MudBlazor.MudSnackbarProvider>();
        var card = context.Render<CallSettingsCard>();
        card.WaitForAssertion(() => Assert.True(IsChecked(card.Find("[data-call-settings-recording-mode='OnDemand']"))), Wait);

        // Another admin stops recording while this page is open.
        await SaveAsOtherAdminAsync(f => f.Recording = RecordingMode.Never);

        Input(card.Find("[data-call-settings-recording-mode='Always']")).Click();
        card.Find("#call-settings-voicemail").Change("Our new message.");
        card.Find("[data-save-call-settings]").Click();

        card.WaitForAssertion(() => Assert.Contains("other@crm.test changed the call settings", card.Find("[data-call-settings-conflict]").TextContent), Wait);
        var field = card.Find("[data-conflict-field='Recording']").TextContent;
        Assert.Contains("Theirs Never", field);
        Assert.Contains("Yours Always", field);
        var stored = await app.WithDbAsync(db => db.CallSettings.AsNoTracking().SingleAsync());
        Assert.Equal(RecordingMode.Never, stored.Recording);
        Assert.NotEqual("Our new message.", stored.VoicemailDrop);

        card.Find("[data-conflict-reload]").Click();
        card.WaitForAssertion(() => Assert.True(IsChecked(card.Find("[data-call-settings-recording-mode='Never']"))), Wait);
        Assert.Empty(card.FindAll("[data-call-settings-conflict]"));
        Assert.Equal(stored.VoicemailDrop, card.Find("#call-settings-voicemail").GetAttribute("value"));
        Assert.Contains("Last changed by other@crm.test", card.Find("[data-call-settings-last-changed]").TextContent);
    }
}
