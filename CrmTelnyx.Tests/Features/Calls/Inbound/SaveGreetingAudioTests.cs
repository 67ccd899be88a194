using System.Net;
using System.Security.Claims;
using System.Text;
using CrmTelnyx.Features.Calls.Audio;
using CrmTelnyx.Features.Calls.Inbound;
using CrmTelnyx.Identity;
using CrmTelnyx.Sandbox;
using CrmTelnyx.Tests.Features.Numbers;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CrmTelnyx.Tests.Features.Calls.Inbound;

/// <summary>
/// A recorded voicemail greeting: checked to be MP3 or WAV by its content, stored under a random name, served to
/// Telnyx without signing in, replaced and removed without leaving files behind.
/// </summary>
public sealed class SaveGreetingAudioTests : IAsyncLifetime
{
    private static readonly string Number = SandboxAccount.SeedNumbers[0];
    private readonly CrmAppFactory app = new();
    private HttpClient anonymous = null!;

    private static ClaimsPrincipal As(string role) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.Name, $"{role.ToLowerInvariant()}@crm.test"), new Claim(ClaimTypes.Role, role)], "test"));

    /// <summary>A real WAV: the app's own hold music.</summary>
    private static byte[] Wav => HoldMusic.Wav;

    /// <summary>The start of an MP3 with an ID3 tag, as recorders write them.</summary>
    private static readonly byte[] Mp3 = [.. "ID3"u8, 4, 0, 0, 0, 0, 0, 0, 0xFF, 0xFB, 0x90, 0x64, 0, 0, 0];

    public async Task InitializeAsync()
    {
        anonymous = app.StartKestrelWithClient();
        await app.SyncNumbersAsync();
    }

    public Task DisposeAsync()
    {
        anonymous.Dispose();
        app.Dispose();
        return Task.CompletedTask;
    }

    private async Task<string?> UploadAsync(string fileName, byte[] bytes, string role = AppRoles.Admin, long? declaredSize = null)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SaveGreetingAudio>()
            .UploadAsync(As(role), Number, fileName, declaredSize ?? bytes.Length, new MemoryStream(bytes));
    }

    private async Task<UploadedAudio> CurrentAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SaveGreetingAudio>().ReadAsync(Number);
    }

    private string[] StoredFiles()
    {
        var folder = app.Services.GetRequiredService<UploadedAudioFiles>().Folder;
        return Directory.Exists(folder) ? Directory.GetFiles(folder).Select(f => Path.GetFileName(f)).ToArray() : [];
    }

    [Fact]
    public async Task An_uploaded_wav_is_stored_under_a_random_name_and_served_to_anyone_with_its_link()
    {
        Assert.Null(await UploadAsync("Our greeting.wav", Wav));

        var current = await CurrentAsync();
        Assert.Equal("Our greeting.wav", current.ShownName);
        Assert.Matches("^[0-9a-f]{32}\\.wav$", current.FileName);
        var response = await anonymous.GetAsync(CallAudioEndpoints.UploadPath(current.FileName!));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("audio/wav", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Wav, await response.Content.ReadAsByteArrayAsync());
        var route = await app.WithDbAsync(db => db.InboundRoutes.AsNoTracking().SingleAsync());
        Assert.Equal(InboundRoute.DefaultGreeting, route.VoicemailGreeting);
    }

    [Fact]
    public async Task Replacing_the_recording_removes_the_old_file_and_removing_it_stops_serving_it()
    {
        await UploadAsync("first.wav", Wav);
        var first = (await CurrentAsync()).FileName!;

        Assert.Null(await UploadAsync("second.mp3", Mp3));
        var second = (await CurrentAsync()).FileName!;

        Assert.EndsWith(".mp3", second);
        Assert.Equal([second], StoredFiles());
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(CallAudioEndpoints.UploadPath(first))).StatusCode);
        Assert.Equal("audio/mpeg", (await anonymous.GetAsync(CallAudioEndpoints.UploadPath(second))).Content.Headers.ContentType?.MediaType);

        await using (var scope = app.Services.CreateAsyncScope())
            Assert.Null(await scope.ServiceProvider.GetRequiredService<SaveGreetingAudio>().RemoveAsync(As(AppRoles.Admin), Number));

        Assert.Equal(UploadedAudio.None, await CurrentAsync());
        Assert.Empty(StoredFiles());
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(CallAudioEndpoints.UploadPath(second))).StatusCode);
    }

    [Fact]
    public async Task A_file_that_is_not_audio_is_refused_by_its_content_whatever_its_name_and_nothing_is_stored()
    {
        var error = await UploadAsync("greeting.mp3", Encoding.UTF8.GetBytes("Hello, this is a text file renamed to .mp3"));

        Assert.Equal("“greeting.mp3” is not an MP3 or WAV recording: Telnyx plays only those. Export it from your recorder as MP3 or WAV.", error);
        Assert.Equal(UploadedAudio.None, await CurrentAsync());
        Assert.Empty(StoredFiles());
    }

    [Fact]
    public async Task A_recording_over_5_MB_is_refused_even_when_its_declared_size_is_smaller()
    {
        var big = new byte[UploadedAudioFiles.MaxBytes + 1];
        Wav.AsSpan(0, 44).CopyTo(big);

        Assert.Equal(StoreUploadedAudio.TooLarge, await UploadAsync("long.wav", big));
        Assert.Equal(StoreUploadedAudio.TooLarge, await UploadAsync("long.wav", big, declaredSize: 1000));
        Assert.Empty(StoredFiles());
    }

    [Theory]
    [InlineData(AppRoles.Manager)]
    [InlineData(AppRoles.Agent)]
    public async Task Only_admins_set_the_greeting(string role)
    {
        Assert.Equal(SaveGreetingAudio.NotAllowed, await UploadAsync("greeting.wav", Wav, role));
        Assert.Empty(StoredFiles());
    }

    [Theory]
    [InlineData("../sandbox.db")]
    [InlineData("0123456789abcdef0123456789abcdef.txt")]
    [InlineData("crm.db")]
    public async Task Only_stored_greetings_are_served(string name)
    {
        var response = await anonymous.GetAsync(CallAudioEndpoints.UploadPath(Uri.EscapeDataString(name)));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_hold_music_is_a_wav_anyone_can_fetch()
    {
        var response = await anonymous.GetAsync(CallAudioEndpoints.HoldMusicPath);

        Assert.Equal(("audio/wav", HoldMusic.Wav.Length), (response.Content.Headers.ContentType?.MediaType, (await response.Content.ReadAsByteArrayAsync()).Length));
        Assert.Equal(AudioFormat.Wav, AudioFormat.Detect(HoldMusic.Wav));
    }
}
