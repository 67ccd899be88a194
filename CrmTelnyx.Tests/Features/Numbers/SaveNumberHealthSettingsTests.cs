using CrmTelnyx.Features.Numbers;
using CrmTelnyx.Identity;
using CrmTelnyx.Tests.Features.TextCenter;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CrmTelnyx.Tests.Features.Numbers;

/// <summary>Admins change the number health thresholds; each field is checked, and a save never overwrites another admin's unseen.</summary>
public sealed class SaveNumberHealthSettingsTests : IDisposable
{
    private readonly CrmAppFactory app = new();

    public void Dispose() => app.Dispose();

    private static readonly System.Security.Claims.ClaimsPrincipal Admin = TextSenders.WithRole(AppRoles.Admin);

    private async Task<SaveNumberHealthSettings.Result> SaveAsync(
        NumberHealthSettingsForm form, System.Security.Claims.ClaimsPrincipal? user = null, NumberHealthSettingsForm? loaded = null)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SaveNumberHealthSettings>().SaveAsync(user ?? Admin, form, loaded);
    }

    private Task<NumberHealthSettings> ReadAsync() => app.WithDbAsync(db => db.NumberHealthSettings.AsNoTracking().SingleAsync());

    private async Task<NumberHealthSettingsForm> LoadFormAsync() => NumberHealthSettingsForm.From(await ReadAsync());

    [Fact]
    public async Task An_admin_saves_the_thresholds_and_who_changed_them_is_kept()
    {
        var form = await LoadFormAsync();
        form.MinimumDeliveryRatePercent = 85.5m;
        form.MaximumOptOutRatePercent = 1.25m;
        form.MinimumSample = 250;
        form.WindowDays = 14;
        form.PauseFlaggedNumbers = false;

        var result = await SaveAsync(form);

        Assert.NotNull(result.Saved);
        var saved = await ReadAsync();
        Assert.Equal((85.5m, 1.25m, 250, 14, false), (saved.MinimumDeliveryRatePercent, saved.MaximumOptOutRatePercent, saved.MinimumSample, saved.WindowDays, saved.PauseFlaggedNumbers));
        Assert.Equal("admin@crm.test", saved.UpdatedBy);
        Assert.NotNull(saved.UpdatedAt);
        Assert.Equal(form.Version + 1, saved.Version);
    }

    [Fact]
    public async Task Each_wrong_field_says_why_and_nothing_is_saved()
    {
        var form = await LoadFormAsync();
        form.MinimumDeliveryRatePercent = 101;
        form.MaximumOptOutRatePercent = null;
        form.MinimumSample = 0;
        form.WindowDays = 91;

        var result = await SaveAsync(form);

        Assert.Null(result.Saved);
        Assert.Equal("A percentage from 0 to 100.", result.Errors[nameof(NumberHealthSettingsForm.MinimumDeliveryRatePercent)]);
        Assert.Equal("Enter a percentage from 0 to 100.", result.Errors[nameof(NumberHealthSettingsForm.MaximumOptOutRatePercent)]);
        Assert.Equal("From 1 to 1,000,000 texts.", result.Errors[nameof(NumberHealthSettingsForm.MinimumSample)]);
        Assert.Equal("From 1 to 90 days.", result.Errors[nameof(NumberHealthSettingsForm.WindowDays)]);
        Assert.Equal(90, (await ReadAsync()).MinimumDeliveryRatePercent);
    }

    [Fact]
    public async Task Only_admins_change_them()
    {
        var form = await LoadFormAsync();
        form.MinimumSample = 5;

        var result = await SaveAsync(form, TextSenders.WithRole(AppRoles.Manager));

        Assert.Equal(SaveNumberHealthSettings.NotForYou, result.Errors[""]);
        Assert.Equal(100, (await ReadAsync()).MinimumSample);
    }

    [Fact]
    public async Task A_save_from_a_form_opened_before_another_admins_save_shows_their_change_and_saves_nothing_until_chosen()
    {
        var mine = await LoadFormAsync();
        var theirs = await LoadFormAsync();
        theirs.MinimumDeliveryRatePercent = 95;
        Assert.NotNull((await SaveAsync(theirs, TextSenders.WithRole(AppRoles.Admin))).Saved);

        mine.MinimumDeliveryRatePercent = 85;
        var result = await SaveAsync(mine, new(new System.Security.Claims.ClaimsIdentity(
            [new(System.Security.Claims.ClaimTypes.Name, "second@crm.test"), new(System.Security.Claims.ClaimTypes.Role, AppRoles.Admin)], "Test")));

        var conflict = Assert.IsType<NumberHealthSettingsConflict>(result.Conflict);
        Assert.Null(result.Saved);
        Assert.Equal("admin@crm.test", conflict.ChangedBy);
        var change = Assert.Single(conflict.Changes);
        Assert.Equal(("Minimum delivery rate", "95%", "85%"), (change.Label, change.Theirs, change.Yours));
        Assert.Equal(95, (await ReadAsync()).MinimumDeliveryRatePercent);

        // "Save mine over theirs": at the version now seen, it is saved.
        mine.Version = conflict.Version;
        Assert.NotNull((await SaveAsync(mine)).Saved);
        Assert.Equal(85, (await ReadAsync()).MinimumDeliveryRatePercent);
    }

    [Fact]
    public async Task A_save_that_overwrites_none_of_another_admins_changes_is_no_conflict()
    {
        var mine = await LoadFormAsync();
        var loaded = mine.Copy();
        var theirs = await LoadFormAsync();
        theirs.WindowDays = 10;
        await SaveAsync(theirs);

        // Their window is what this form says too, and they left the sample alone: nothing of theirs is overwritten.
        mine.WindowDays = 10;
        mine.MinimumSample = 120;
        var result = await SaveAsync(mine, loaded: loaded);

        Assert.Null(result.Conflict);
        Assert.Equal((10, 120), ((await ReadAsync()).WindowDays, (await ReadAsync()).MinimumSample));
    }
}
