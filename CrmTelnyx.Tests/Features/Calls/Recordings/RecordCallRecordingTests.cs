using CrmTelnyx.Features.Calls;
using CrmTelnyx.Features.Webhooks;
using CrmTelnyx.Tests.Features.Webhooks;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static CrmTelnyx.Tests.Features.Calls.Recordings.RecordingEvents;

namespace CrmTelnyx.Tests.Features.Calls.Recordings;

/// <summary>call.recording.saved and call.recording.transcription.saved, posted signed as Telnyx posts them.</summary>
public sealed class RecordCallRecordingTests : IDisposable
{
    // Nothing listens here: the downloader's attempts fail and wait, leaving the rows pending for these tests.
    private const string DeadLink = "http://127.0.0.1:1/recording.mp3";
    private readonly SignedWebhookApp app = new();

    public RecordCallRecordingTests()
    {
        // Room for an event to fail while its call (or recording) is still on the way, and then succeed.
        app.Settings["Webhooks:RetryBaseDelay"] = "00:00:00.200";
        app.Settings["Webhooks:MaxAttempts"] = "10";
    }

    public void Dispose() => app.Dispose();

    private async Task<WebhookEvent> PostAsync(string body)
    {
        (await app.PostSignedAsync(body)).EnsureSuccessStatusCode();
        return await app.SettledAsync(EventId(body));
    }

    private static string EventId(string body) => System.Text.Json.JsonDocument.Parse(body).RootElement.GetProperty("data").GetProperty("id").GetString()!;

    private Task<List<CallRecording>> RecordingsAsync(string recordingId) =>
        app.WithDbAsync(db => db.CallRecordings.AsNoTracking().Where(r => r.TelnyxRecordingId == recordingId).ToListAsync());

    private Task<Call> CallAsync(string callControlId) =>
        app.WithDbAsync(db => db.Calls.AsNoTracking().SingleAsync(c => c.CallControlId == callControlId));

    /// <summary>Pushes run just after the commit, so they are waited for.</summary>
    private Task<int> CallPushesAsync(int atLeast) =>
        Eventually.ReturnsAsync(() => Task.FromResult(app.Live.Pushes.Count(p => p.Topic == CallLiveEvents.Topic)), n => n >= atLeast);

    [Fact]
    public async Task A_saved_recording_is_kept_pending_with_its_link_and_times_and_a_repeat_adds_no_row()
    {
        const string leg = "v3:rec-1", recordingId = "rec-1";
        await PostAsync(CallInitiated(Guid.NewGuid().ToString(), leg));
        var pushesBefore = await CallPushesAsync(atLeast: 1);
        Assert.Equal(WebhookEventStatus.Processed, (await PostAsync(RecordingSaved(Guid.NewGuid().ToString(), leg, recordingId, DeadLink, "http://127.0.0.1:1/recording.wav"))).Status);
        // Open Calls pages hear of it, to show "Recording is being saved…".
        await CallPushesAsync(atLeast: pushesBefore + 1);
        // Telnyx delivers again, and the same recording under a new event id.
        Assert.Equal(WebhookEventStatus.Processed, (await PostAsync(RecordingSaved(Guid.NewGuid().ToString(), leg, recordingId, DeadLink, null))).Status);

        var recording = Assert.Single(await RecordingsAsync(recordingId));
        Assert.Equal((await CallAsync(leg)).Id, recording.CallId);
        Assert.Equal(RecordingStatus.Pending, recording.Status);
        Assert.Equal(DeadLink, recording.SourceUrl);
        Assert.Equal((Start.AddSeconds(5).UtcDateTime, Start.AddSeconds(70).UtcDateTime, 65), (recording.StartedAt, recording.EndedAt, recording.DurationSeconds));
    }

    [Fact]
    public async Task Without_an_mp3_the_wav_link_is_kept()
    {
        const string leg = "v3:rec-wav", wav = "http://127.0.0.1:1/recording.wav";
        await PostAsync(CallInitiated(Guid.NewGuid().ToString(), leg));
        await PostAsync(RecordingSaved(Guid.NewGuid().ToString(), leg, "rec-wav", null, wav));

        Assert.Equal(wav, Assert.Single(await RecordingsAsync("rec-wav")).SourceUrl);
    }

    [Fact]
    public async Task A_recording_that_overtakes_its_call_is_retried_until_the_call_is_known()
    {
        const string leg = "v3:rec-early", recordingId = "rec-early";
        var savedId = Guid.NewGuid().ToString();
        (await app.PostSignedAsync(RecordingSaved(savedId, leg, recordingId, DeadLink, null))).EnsureSuccessStatusCode();
        var failedOnce = await Eventually.ReturnsAsync(async () => (await app.EventsAsync(savedId)).SingleOrDefault(), e => e is { Attempts: >= 1 });
        Assert.Equal(WebhookEventStatus.Pending, failedOnce!.Status);
        Assert.Empty(await RecordingsAsync(recordingId));

        await PostAsync(CallInitiated(Guid.NewGuid().ToString(), leg));

        Assert.Equal(WebhookEventStatus.Processed, (await app.SettledAsync(savedId)).Status);
        Assert.Equal((await CallAsync(leg)).Id, Assert.Single(await RecordingsAsync(recordingId)).CallId);
    }

    [Fact]
    public async Task A_transcript_lands_on_its_recording_even_when_it_comes_first()
    {
        const string leg = "v3:rec-text", recordingId = "rec-text", text = "Hi, this is Dana from the office.\nCall me back.";
        await PostAsync(CallInitiated(Guid.NewGuid().ToString(), leg));
        var transcriptionId = Guid.NewGuid().ToString();
        (await app.PostSignedAsync(TranscriptionSaved(transcriptionId, leg, recordingId, text))).EnsureSuccessStatusCode();
        await Eventually.ReturnsAsync(async () => (await app.EventsAsync(transcriptionId)).SingleOrDefault(), e => e is { Attempts: >= 1 });

        await PostAsync(RecordingSaved(Guid.NewGuid().ToString(), leg, recordingId, DeadLink, null));

        Assert.Equal(WebhookEventStatus.Processed, (await app.SettledAsync(transcriptionId)).Status);
        Assert.Equal(text, Assert.Single(await RecordingsAsync(recordingId)).Transcript);
    }
}
