using Bunit;
using CrmTelnyx.Features.Calls;
using CrmTelnyx.Features.Calls.Recordings;
using CrmTelnyx.Tests.Infrastructure;

namespace CrmTelnyx.Tests.Features.Calls.Recordings;

public sealed class CallRecordingPlayerTests : IAsyncLifetime
{
    private readonly MudComponentContext context = new();

    private IRenderedComponent<CallRecordingPlayer> Render(CallRecording recording) =>
        context.Render<CallRecordingPlayer>(p => p.Add(c => c.Recording, recording));

    [Fact]
    public void A_stored_recording_plays_from_the_app_with_its_length_a_download_and_the_transcript()
    {
        var player = Render(new CallRecording
        {
            Id = 7, CallId = 3, TelnyxRecordingId = "r", Status = RecordingStatus.Stored, ContentType = RecordingFiles.Wav,
            DurationSeconds = 125, Transcript = "Hello, it's Dana.",
        });

        var audio = player.Find("[data-recording-player] audio");
        Assert.Equal(("/calls/recordings/7", "metadata"), (audio.GetAttribute("src"), audio.GetAttribute("preload")));
        Assert.True(audio.HasAttribute("controls"));
        Assert.Contains("2:05", player.Find("[data-recording-player]").TextContent);
        var download = player.Find("a[data-recording-download]");
        Assert.Equal(("/calls/recordings/7", "call-3-recording-7.wav"), (download.GetAttribute("href"), download.GetAttribute("download")));
        Assert.Equal("Hello, it's Dana.", player.Find("[data-recording-transcript]").TextContent.Trim());
    }

    [Fact]
    public void A_pending_recording_says_it_is_being_saved_and_offers_nothing_to_play()
    {
        var player = Render(new CallRecording { Id = 8, TelnyxRecordingId = "r" });

        Assert.Equal("Recording is being saved…", player.Find("[data-recording-pending]").TextContent.Trim());
        Assert.Empty(player.FindAll("audio"));
        Assert.Empty(player.FindAll("[data-recording-transcript]"));
    }

    [Fact]
    public void A_failed_recording_says_why()
    {
        var player = Render(new CallRecording
        {
            Id = 9, TelnyxRecordingId = "r", Status = RecordingStatus.Failed,
            Error = "The recording could not be saved after 5 attempts. Telnyx refused the recording download (403 Forbidden).",
        });

        Assert.Contains("403 Forbidden", player.Find("[data-recording-error]").TextContent);
        Assert.Empty(player.FindAll("audio"));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => context.DisposeAsync().AsTask();
}
