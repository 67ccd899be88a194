using System.Net;
using System.Net.Http.Headers;
using CrmTelnyx.Features.Calls;
using CrmTelnyx.Sandbox;
using CrmTelnyx.Telnyx;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CrmTelnyx.Tests.Features.Calls.Recordings;

/// <summary>A call recorded through the sandbox: its call.recording.saved is followed by the file in the app's own storage.</summary>
public sealed class SandboxRecordingTests : IDisposable
{
    private readonly CrmAppFactory app = new();

    public void Dispose() => app.Dispose();

    [Fact]
    public async Task A_recorded_call_ends_with_the_sandbox_audio_stored_and_playable_with_seeking()
    {
        app.Settings["Sandbox:CallDurationMs"] = "300";
        var client = app.StartKestrelWithClient();
        TelnyxCall dialled;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var connection = scope.ServiceProvider.GetRequiredService<ITelnyxConnectionSource>().Current;
            dialled = await scope.ServiceProvider.GetRequiredService<TelnyxClient>().DialAsync(
                new DialCallRequest(connection.ConnectionId, "+13125550199", SandboxAccount.SeedNumbers[0]) { Record = "record-from-answer" });
        }

        var recording = (await Eventually.ReturnsAsync(
            () => app.WithDbAsync(db => db.CallRecordings.AsNoTracking().Include(r => r.Call)
                .SingleOrDefaultAsync(r => r.Call!.CallControlId == dialled.CallControlId)),
            r => r is { Status: not RecordingStatus.Pending }, TimeSpan.FromSeconds(30)))!;

        Assert.Equal(RecordingStatus.Stored, recording.Status);
        var sandboxAudio = await client.GetByteArrayAsync($"/sandbox/recordings/{recording.TelnyxRecordingId}.wav");
        var startedAt = recording.StartedAt!.Value;
        Assert.Equal($"{startedAt:yyyy}/{startedAt:MM}/{recording.Id}.wav", recording.FileName);
        var path = Path.Combine(app.DataDirectory, "recordings", $"{startedAt:yyyy}", $"{startedAt:MM}", $"{recording.Id}.wav");
        Assert.Equal(sandboxAudio, await File.ReadAllBytesAsync(path));
        Assert.Equal(("audio/wav", (long)sandboxAudio.Length), (recording.ContentType, recording.SizeBytes));
        Assert.Null(recording.SourceUrl);
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(app.DataDirectory, "recordings", ".incoming")));

        await client.SignedInAsync(CrmAppFactory.AdminEmail, CrmAppFactory.AdminPassword);
        var whole = await client.GetAsync($"/calls/recordings/{recording.Id}");
        Assert.Equal(HttpStatusCode.OK, whole.StatusCode);
        Assert.Equal("audio/wav", whole.Content.Headers.ContentType?.MediaType);
        Assert.Equal(sandboxAudio, await whole.Content.ReadAsByteArrayAsync());

        // The player seeks by asking for a part.
        var request = new HttpRequestMessage(HttpMethod.Get, $"/calls/recordings/{recording.Id}");
        request.Headers.Range = new RangeHeaderValue(1000, 1999);
        var part = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.PartialContent, part.StatusCode);
        Assert.Equal($"bytes 1000-1999/{sandboxAudio.Length}", part.Content.Headers.ContentRange?.ToString());
        Assert.Equal(sandboxAudio[1000..2000], await part.Content.ReadAsByteArrayAsync());
    }
}
