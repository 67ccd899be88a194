using CrmTelnyx.Features.TextCenter.QuietHours;
using CrmTelnyx.Features.TextCenter.Settings;
using CrmTelnyx.Identity;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CrmTelnyx.Tests.Features.TextCenter.Settings;

// The quiet-hours rules in force are one per process (QuietHoursCheck.DecideAt is static), so the tests that change them run alone.
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class QuietHoursRulesCollection
{
    public const string Name = "Quiet-hours rules in force";
}

/// <summary>An admin edits the Texting settings: each field checked, the saved quiet-hours rules in force at once and after a restart.</summary>
[Collection(QuietHoursRulesCollection.Name)]
public sealed class SaveTextingSettingsTests : IDisposable
{
    private static readonly System.Security.Claims.ClaimsPrincipal Admin = Features.TextCenter.TextSenders.WithRole(AppRoles.Admin);

    // Monday 1 December 2025, 8:30 pm in Chicago: inside the default window (8 am–9 pm) for a 312 number.
    private static readonly DateTimeOffset MondayEvening = new(2025, 12, 2, 2, 30, 0, TimeSpan.Zero);
    private const string ChicagoPhone = "+13125550199";

    private readonly CrmAppFactory app = new();

    public void Dispose()
    {
        QuietHoursRules.Use(null);
        app.Dispose();
    }

    private async Task<SaveTextingSettings.Result> SaveAsync(Action<TextingSettingsForm> change, System.Security.Claims.ClaimsPrincipal? user = null)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CrmTelnyx.Data.CrmDbContext>();
        var form = TextingSettingsForm.From(await db.TextingSettings.AsNoTracking().SingleAsync());
        change(form);
        return await scope.ServiceProvider.GetRequiredService<SaveTextingSettings>().SaveAsync(user ?? Admin, form);
    }

    private static string RulesEndingAt(string end) => $$"""
        { "default": { "start": "08:00", "end": "{{end}}", "source": "Company policy: no texts after {{end}}." }, "states": [] }
        """;

    [Fact]
    public async Task Saved_quiet_hours_rules_are_in_force_at_once_and_a_reset_brings_back_the_shipped_ones()
    {
        Assert.True(QuietHoursCheck.DecideAt(ChicagoPhone, "IL", MondayEvening).AllowedNow);

        var saved = await SaveAsync(f => f.QuietHoursJson = RulesEndingAt("20:00"));

        Assert.Empty(saved.Errors);
        var decision = QuietHoursCheck.DecideAt(ChicagoPhone, "IL", MondayEvening);
        Assert.False(decision.AllowedNow);
        Assert.Equal(new DateTimeOffset(2025, 12, 2, 14, 0, 0, TimeSpan.Zero), decision.SendAt);

        var reset = await SaveAsync(f => f.QuietHoursJson = QuietHoursRules.ShippedJson);

        Assert.Null(reset.Saved!.QuietHoursJson);
        Assert.True(QuietHoursCheck.DecideAt(ChicagoPhone, "IL", MondayEvening).AllowedNow);
    }

    [Fact]
    public async Task Saved_rules_are_put_in_force_again_when_the_app_starts()
    {
        Assert.Empty((await SaveAsync(f => f.QuietHoursJson = RulesEndingAt("20:00"))).Errors);
        QuietHoursRules.Use(null);

        using var restarted = CrmAppFactory.Restart(app.DataDirectory);
        _ = restarted.Services;

        Assert.False(QuietHoursCheck.DecideAt(ChicagoPhone, "IL", MondayEvening).AllowedNow);
    }

    [Theory]
    [InlineData("{ not json", "not valid JSON")]
    [InlineData("""{ "default": { "start": "21:00", "end": "08:00", "source": "x" } }""", "not before its end")]
    [InlineData("""{ "default": { "start": "08:00", "end": "21:00", "source": "x" }, "states": [{ "state": "ZZ", "start": "09:00", "end": "20:00", "source": "y" }] }""", "\"ZZ\" is not a state")]
    [InlineData("""{ "default": { "start": "08:00", "end": "21:00" } }""", "has no source")]
    public async Task Wrong_quiet_hours_rules_are_refused_with_the_reason_and_the_rules_in_force_stay(string json, string reason)
    {
        var result = await SaveAsync(f => f.QuietHoursJson = json);

        Assert.Null(result.Saved);
        Assert.Contains(reason, result.Errors[nameof(TextingSettingsForm.QuietHoursJson)]);
        Assert.True(QuietHoursCheck.DecideAt(ChicagoPhone, "IL", MondayEvening).AllowedNow);
        Assert.Null(await app.WithDbAsync(db => db.TextingSettings.Select(s => s.QuietHoursJson).SingleAsync()));
    }

    [Fact]
    public async Task The_other_fields_are_checked_and_saved()
    {
        var refused = await SaveAsync(f => (f.CompanyTimeZone, f.SmsRatePerPart, f.AccountMessagesPerSecond, f.HelpReply) = ("Mars/Olympus", -1, 0, " "));
        Assert.Contains("not a time zone", refused.Errors[nameof(TextingSettingsForm.CompanyTimeZone)]);
        Assert.True(refused.Errors.ContainsKey(nameof(TextingSettingsForm.SmsRatePerPart)));
        Assert.True(refused.Errors.ContainsKey(nameof(TextingSettingsForm.AccountMessagesPerSecond)));
        Assert.True(refused.Errors.ContainsKey(nameof(TextingSettingsForm.HelpReply)));

        var saved = await SaveAsync(f => (f.CompanyTimeZone, f.SmsRatePerPart, f.TollFreeMessagesPerSecond, f.HelpReply, f.ProfileSendsOptOutConfirmation) =
            ("America/Chicago", 0.0081m, 12, "Acme: reply STOP to opt out.", true));

        Assert.Empty(saved.Errors);
        var stored = await app.WithDbAsync(db => db.TextingSettings.AsNoTracking().SingleAsync());
        Assert.Equal(("America/Chicago", 0.0081m, 12d, "Acme: reply STOP to opt out.", true),
            (stored.CompanyTimeZone, stored.SmsRatePerPart, stored.TollFreeMessagesPerSecond, stored.HelpReply, stored.ProfileSendsOptOutConfirmation));
        Assert.Equal("admin@crm.test", stored.UpdatedBy);
    }

    [Fact]
    public async Task Only_admins_may_save_and_a_form_opened_before_someone_elses_save_is_refused()
    {
        var manager = await SaveAsync(f => f.HelpReply = "Managers' words", Features.TextCenter.TextSenders.WithRole(AppRoles.Manager));
        Assert.Equal(SaveTextingSettings.NotForYou, manager.Errors[""]);

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CrmTelnyx.Data.CrmDbContext>();
        var stale = TextingSettingsForm.From(await db.TextingSettings.AsNoTracking().SingleAsync());
        Assert.Empty((await SaveAsync(f => f.HelpReply = "First admin's words")).Errors);

        stale.HelpReply = "Second admin's words";
        var refused = await scope.ServiceProvider.GetRequiredService<SaveTextingSettings>().SaveAsync(Admin, stale);

        Assert.Contains("after you opened them", refused.Errors[""]);
        Assert.Equal("First admin's words", await app.WithDbAsync(d => d.TextingSettings.Select(s => s.HelpReply).SingleAsync()));
    }
}
