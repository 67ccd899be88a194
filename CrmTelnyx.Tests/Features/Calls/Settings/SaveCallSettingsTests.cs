using System.Security.Claims;
using CrmTelnyx.Features.Calls.Settings;
using CrmTelnyx.Identity;
using CrmTelnyx.Tests.Features.TextCenter;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CrmTelnyx.Tests.Features.Calls.Settings;

/// <summary>Admins change how the company calls; each field is checked, and a save never overwrites another admin's unseen.</summary>
public sealed class SaveCallSettingsTests : IDisposable
{
    private readonly CrmAppFactory app = new();

    public void Dispose() => app.Dispose();

    private static readonly ClaimsPrincipal Admin = TextSenders.WithRole(AppRoles.Admin);

    private static ClaimsPrincipal AdminNamed(string name) => new(new ClaimsIdentity(
        [new(ClaimTypes.Name, name), new(ClaimTypes.Role, AppRoles.Admin)], "Test"));

    private async Task<SaveCallSettings.Result> SaveAsync(CallSettingsForm form, ClaimsPrincipal? user = null, CallSettingsForm? loaded = null)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SaveCallSettings>().SaveAsync(user ?? Admin, form, loaded);
    }

    private Task<CallSettings> ReadAsync() => app.WithDbAsync(db => db.CallSettings.AsNoTracking().SingleAsync());

    private async Task<CallSettingsForm> LoadFormAsync() => CallSettingsForm.From(await ReadAsync());

    [Fact]
    public async Task An_admin_saves_every_field_and_the_next_read_shows_it_with_who_changed_it()
    {
        var before = await ReadAsync();
        Assert.Equal((RecordingMode.OnDemand, true, false, null), (before.Recording, before.DetectAnsweringMachines, before.Transcribe, before.UpdatedBy));

        var form = await LoadFormAsync();
        form.Recording = RecordingMode.Always;
        form.DetectAnsweringMachines = false;
        form.Transcribe = true;
        form.VoicemailDrop = "  Hi, it's Acme Dental about your appointment. Call us at 555-0100.  ";
        form.Dispositions = "Booked\r\n\n  Left voicemail  \nNo answer\n";

        var result = await SaveAsync(form);

        Assert.Empty(result.Errors);
        Assert.NotNull(result.Saved);
        var saved = await ReadAsync();
        Assert.Equal((RecordingMode.Always, false, true), (saved.Recording, saved.DetectAnsweringMachines, saved.Transcribe));
        Assert.Equal("Hi, it's Acme Dental about your appointment. Call us at 555-0100.", saved.VoicemailDrop);
        // What agents pick from after a call: trimmed, blank lines gone, in the order typed.
        Assert.Equal(["Booked", "Left voicemail", "No answer"], saved.DispositionList);
        Assert.Equal("Booked\nLeft voicemail\nNo answer", saved.Dispositions);
        Assert.Equal("admin@crm.test", saved.UpdatedBy);
        Assert.NotNull(saved.UpdatedAt);
        Assert.Equal(form.Version + 1, saved.Version);

        // Reopened, the form shows what was saved, and saving it again changes nothing but the version.
        var reopened = await LoadFormAsync();
        Assert.Equal((RecordingMode.Always, false, true, saved.Dispositions), (reopened.Recording, reopened.DetectAnsweringMachines, reopened.Transcribe, reopened.Dispositions));
        reopened.Recording = RecordingMode.Never;
        Assert.NotNull((await SaveAsync(reopened)).Saved);
        Assert.Equal(RecordingMode.Never, (await ReadAsync()).Recording);
    }

    [Theory]
    [InlineData("", "Enter at least one disposition, one per line.")]
    [InlineData(" \n \n", "Enter at least one disposition, one per line.")]
    [InlineData("Connected\nNo answer\nconnected", "\"Connected\" is listed twice; keep one.")]
    public async Task Wrong_dispositions_are_refused_with_the_reason_and_nothing_changes(string dispositions, string reason)
    {
        var form = await LoadFormAsync();
        form.Recording = RecordingMode.Always;
        form.Dispositions = dispositions;

        var result = await SaveAsync(form);

        Assert.Null(result.Saved);
        Assert.Equal(reason, result.Errors[nameof(CallSettingsForm.Dispositions)]);
        var stored = await ReadAsync();
        Assert.Equal(new CallSettings().Dispositions, stored.Dispositions);
        Assert.Equal(RecordingMode.OnDemand, stored.Recording);
        Assert.Null(stored.UpdatedBy);
    }

    [Fact]
    public async Task Too_many_or_too_long_dispositions_are_refused()
    {
        var form = await LoadFormAsync();
        form.Dispositions = string.Join('\n', Enumerable.Range(1, 31).Select(i => $"Outcome {i}"));
        Assert.Equal("At most 30 dispositions; this is 31.", (await SaveAsync(form)).Errors[nameof(CallSettingsForm.Dispositions)]);

        form.Dispositions = "Connected\n" + new string('x', 101);
        Assert.Equal($"\"{new string('x', 40)}…\" is longer than 100 characters.", (await SaveAsync(form)).Errors[nameof(CallSettingsForm.Dispositions)]);
        Assert.Equal(new CallSettings().Dispositions, (await ReadAsync()).Dispositions);

        // Exactly at the limits is fine: 30 of them, one of 100 characters.
        form.Dispositions = string.Join('\n', Enumerable.Range(1, 29).Select(i => $"Outcome {i}")) + "\n" + new string('y', 100);
        Assert.NotNull((await SaveAsync(form)).Saved);
        Assert.Equal(30, (await ReadAsync()).DispositionList.Count);
    }

    [Fact]
    public async Task A_too_long_or_missing_voicemail_is_refused_and_the_saved_one_stays()
    {
        var shipped = (await ReadAsync()).VoicemailDrop;
        var form = await LoadFormAsync();
        form.VoicemailDrop = new string('a', 1001);

        var tooLong = await SaveAsync(form);

        Assert.Null(tooLong.Saved);
        Assert.Equal("At most 1,000 characters; this is 1,001.", tooLong.Errors[nameof(CallSettingsForm.VoicemailDrop)]);
        Assert.Equal(shipped, (await ReadAsync()).VoicemailDrop);

        // With detection on, the agent's "Leave voicemail" would speak nothing.
        form.VoicemailDrop = "   ";
        Assert.Contains("Write the voicemail", (await SaveAsync(form)).Errors[nameof(CallSettingsForm.VoicemailDrop)]);
        Assert.Equal(shipped, (await ReadAsync()).VoicemailDrop);

        form.VoicemailDrop = new string('a', 1000);
        Assert.NotNull((await SaveAsync(form)).Saved);
        Assert.Equal(1000, (await ReadAsync()).VoicemailDrop.Length);
    }

    [Fact]
    public async Task Only_admins_change_them()
    {
        var form = await LoadFormAsync();
        form.Recording = RecordingMode.Never;

        foreach (var role in new[] { AppRoles.Manager, AppRoles.Staff })
        {
            var result = await SaveAsync(form, TextSenders.WithRole(role));
            Assert.Null(result.Saved);
            Assert.Equal(SaveCallSettings.NotForYou, result.Errors[""]);
        }
        Assert.Equal(SaveCallSettings.NotForYou, (await SaveAsync(form, new ClaimsPrincipal())).Errors[""]);
        Assert.Equal(RecordingMode.OnDemand, (await ReadAsync()).Recording);
    }

    [Fact]
    public async Task A_save_from_a_form_opened_before_another_admins_save_shows_their_change_and_saves_nothing_until_chosen()
    {
        var mine = await LoadFormAsync();
        var theirs = await LoadFormAsync();
        theirs.Recording = RecordingMode.Always;
        Assert.NotNull((await SaveAsync(theirs, AdminNamed("first@crm.test"))).Saved);

        mine.Recording = RecordingMode.Never;
        var result = await SaveAsync(mine, AdminNamed("second@crm.test"));

        Assert.Null(result.Saved);
        var conflict = Assert.IsType<CallSettingsConflict>(result.Conflict);
        Assert.Equal("first@crm.test", conflict.ChangedBy);
        var change = Assert.Single(conflict.Changes);
        Assert.Equal(("Recording", "Always", "Never"), (change.Label, change.Theirs, change.Yours));
        var stored = await ReadAsync();
        Assert.Equal((RecordingMode.Always, "first@crm.test"), (stored.Recording, stored.UpdatedBy));

        // "Save mine over theirs": at the version now seen, it is saved.
        mine.Version = conflict.Version;
        Assert.NotNull((await SaveAsync(mine, AdminNamed("second@crm.test"))).Saved);
        stored = await ReadAsync();
        Assert.Equal((RecordingMode.Never, "second@crm.test"), (stored.Recording, stored.UpdatedBy));
    }

    [Fact]
    public async Task A_save_that_overwrites_none_of_another_admins_changes_is_no_conflict()
    {
        var mine = await LoadFormAsync();
        var loaded = mine.Copy();
        var theirs = await LoadFormAsync();
        theirs.Transcribe = true;
        await SaveAsync(theirs);

        // They turned transcripts on; this form changes only the voicemail, and says the same of transcripts.
        mine.Transcribe = true;
        mine.VoicemailDrop = "Call us back, please.";
        var result = await SaveAsync(mine, loaded: loaded);

        Assert.Null(result.Conflict);
        var stored = await ReadAsync();
        Assert.Equal((true, "Call us back, please."), (stored.Transcribe, stored.VoicemailDrop));
    }
}
