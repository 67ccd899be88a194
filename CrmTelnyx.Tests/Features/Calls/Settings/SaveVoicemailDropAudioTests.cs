using System.Security.Claims;
using CrmTelnyx.Features.Calls.Audio;
using CrmTelnyx.Features.Calls.Settings;
using CrmTelnyx.Identity;
using CrmTelnyx.Tests.Features.TextCenter;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CrmTelnyx.Tests.Features.Calls.Settings;

/// <summary>The prepared voicemail as a recording: uploaded and removed by admins, without upsetting the settings form being edited.</summary>
public sealed class SaveVoicemailDropAudioTests : IDisposable
{
    private readonly CrmAppFactory app = new();

    public void Dispose() => app.Dispose();

    private async Task<T> RunAsync<T>(Func<SaveVoicemailDropAudio, Task<T>> run)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await run(scope.ServiceProvider.GetRequiredService<SaveVoicemailDropAudio>());
    }

    private static ClaimsPrincipal As(string role) => TextSenders.WithRole(role);

    private Task<CallSettings> SettingsAsync() => app.WithDbAsync(db => db.CallSettings.AsNoTracking().SingleAsync());

    [Fact]
    public async Task An_admins_recording_is_stored_and_an_open_settings_form_still_saves_without_a_conflict()
    {
        var loaded = CallSettingsForm.From(await SettingsAsync());

        Assert.Null(await RunAsync(s => s.UploadAsync(As(AppRoles.Admin), "drop.wav", HoldMusic.Wav.Length, new MemoryStream(HoldMusic.Wav))));

        var audio = await RunAsync(s => s.ReadAsync());
        Assert.Equal("drop.wav", audio.ShownName);
        Assert.True(File.Exists(app.Services.GetRequiredService<UploadedAudioFiles>().PathOf(audio.FileName!)));
        var form = loaded.Copy();
        form.Transcribe = true;
        await using var scope = app.Services.CreateAsyncScope();
        var saved = await scope.ServiceProvider.GetRequiredService<SaveCallSettings>().SaveAsync(As(AppRoles.Admin), form, loaded);
        Assert.Null(saved.Conflict);
        Assert.Equal((true, audio.FileName), ((await SettingsAsync()).Transcribe, (await SettingsAsync()).VoicemailDropAudioFile));
    }

    [Fact]
    public async Task Removing_the_recording_deletes_its_file_and_the_text_is_used_again()
    {
        await RunAsync(s => s.UploadAsync(As(AppRoles.Admin), "drop.wav", HoldMusic.Wav.Length, new MemoryStream(HoldMusic.Wav)));
        var file = (await RunAsync(s => s.ReadAsync())).FileName!;

        Assert.Null(await RunAsync(s => s.RemoveAsync(As(AppRoles.Admin))));

        Assert.Equal(UploadedAudio.None, await RunAsync(s => s.ReadAsync()));
        Assert.False(File.Exists(app.Services.GetRequiredService<UploadedAudioFiles>().PathOf(file)));
    }

    [Theory]
    [InlineData(AppRoles.Manager)]
    [InlineData(AppRoles.Agent)]
    public async Task Only_admins_set_the_recording(string role)
    {
        Assert.Equal(SaveCallSettings.NotForYou, await RunAsync(s => s.UploadAsync(As(role), "drop.wav", HoldMusic.Wav.Length, new MemoryStream(HoldMusic.Wav))));
        Assert.Equal(UploadedAudio.None, await RunAsync(s => s.ReadAsync()));
    }
}
