using CrmTelnyx.Features.Calls;
using CrmTelnyx.Features.Calls.Recordings;
using CrmTelnyx.Features.Webhooks;
using CrmTelnyx.Tests.Features.Webhooks;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using static CrmTelnyx.Tests.Features.Calls.Recordings.RecordingEvents;

namespace CrmTelnyx.Tests.Features.Calls.Recordings;

/// <summary>A link that has expired (403 from storage): retried on the backoff schedule, then failed with the reason in words.</summary>
public sealed class RecordingDownloadFailureTests : IAsyncLifetime
{
    private readonly FakeTimeProvider clock = new(DateTimeOffset.UtcNow);
    private readonly SignedWebhookApp app = new();
    private readonly ExpiredLinkServer storage = new();

    public RecordingDownloadFailureTests() =>
        // Only the downloader's clock is moved by hand; webhooks keep real time (their signatures are checked against it).
        app.ServiceChanges.Add(services =>
        {
            services.Remove(services.Single(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(RecordingDownloader)));
            services.AddSingleton<IHostedService>(s => ActivatorUtilities.CreateInstance<RecordingDownloader>(s, (TimeProvider)clock));
        });

    private Task<CallRecording> RecordingAsync() =>
        app.WithDbAsync(db => db.CallRecordings.AsNoTracking().SingleAsync(r => r.TelnyxRecordingId == "rec-expired"));

    private Task<CallRecording> AttemptedAsync(int attempts) =>
        Eventually.ReturnsAsync(RecordingAsync, r => r.DownloadAttempts >= attempts);

    [Fact]
    public async Task An_expired_link_is_tried_a_few_times_then_the_recording_says_why_it_failed()
    {
        const string leg = "v3:expired";
        foreach (var body in new[]
                 {
                     CallInitiated(Guid.NewGuid().ToString(), leg),
                     RecordingSaved("saved-expired", leg, "rec-expired", storage.Url("recording.mp3?X-Amz-Expires=600&X-Amz-Signature=abc"), null),
                 })
            (await app.PostSignedAsync(body)).EnsureSuccessStatusCode();
        Assert.Equal(WebhookEventStatus.Processed, (await app.SettledAsync("saved-expired")).Status);

        // Tried at once.
        var first = await AttemptedAsync(1);
        Assert.Equal((RecordingStatus.Pending, 1), (first.Status, storage.Requests));

        // Not again before its backoff has passed…
        await Task.Delay(300);
        clock.Advance(RecordingDownloadSchedule.DelayAfter(1) - TimeSpan.FromSeconds(1));
        await Task.Delay(300);
        Assert.Equal((1, 1), ((await RecordingAsync()).DownloadAttempts, storage.Requests));

        // …then again after each delay, until the last attempt.
        clock.Advance(TimeSpan.FromSeconds(1));
        await AttemptedAsync(2);
        var failed = await Eventually.ReturnsAsync(async () =>
        {
            clock.Advance(TimeSpan.FromSeconds(10));
            return await RecordingAsync();
        }, r => r.Status != RecordingStatus.Pending);

        Assert.Equal(RecordingStatus.Failed, failed.Status);
        Assert.Equal((RecordingDownloadSchedule.MaxAttempts, RecordingDownloadSchedule.MaxAttempts), (failed.DownloadAttempts, storage.Requests));
        Assert.Contains("could not be saved after 5 attempts", failed.Error);
        Assert.Contains("403", failed.Error);
        Assert.Contains("expired", failed.Error);
        Assert.Null(failed.FileName);
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(app.DataDirectory, "recordings"), "*", SearchOption.AllDirectories));

        // The backoff fits within the 10 minutes Telnyx's link lasts.
        var schedule = Enumerable.Range(1, RecordingDownloadSchedule.MaxAttempts - 1).Select(RecordingDownloadSchedule.DelayAfter);
        Assert.True(schedule.Aggregate(TimeSpan.Zero, (sum, delay) => sum + delay) < TimeSpan.FromMinutes(10));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        app.Dispose();
        await storage.DisposeAsync();
    }
}
