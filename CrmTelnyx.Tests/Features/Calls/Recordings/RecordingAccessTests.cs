using System.Net;
using CrmTelnyx.Features.Calls;
using CrmTelnyx.Features.Calls.Recordings;
using CrmTelnyx.Identity;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CrmTelnyx.Tests.Features.Calls.Recordings;

/// <summary>Who may hear a recording: Admins and Managers every one, an Agent those of their own calls, nobody else.</summary>
public sealed class RecordingAccessTests : IDisposable
{
    private const string Password = "Recording-Passw0rd";
    private static readonly byte[] Audio = [.. "ID3"u8, .. Enumerable.Range(0, 600).Select(i => (byte)i)];
    private readonly CrmAppFactory app = new();

    public void Dispose() => app.Dispose();

    private async Task<HttpClient> SignedInAsync(string email, params string[] roles)
    {
        await app.CreateUserAsync(email, Password, roles);
        return await app.CreateBrowserLikeClient().SignedInAsync(email, Password);
    }

    private Task<(long Stored, long Pending)> SeedCallAsync(string agentUserId) => app.WithDbAsync(async db =>
    {
        var call = new Call { From = "+13125550141", To = "+13125550199", AgentUserId = agentUserId, StartedAt = new DateTime(2026, 11, 30, 15, 0, 0, DateTimeKind.Utc) };
        var stored = new CallRecording { Call = call, TelnyxRecordingId = "rec-stored", Status = RecordingStatus.Stored, ContentType = RecordingFiles.Mp3, DurationSeconds = 65 };
        var pending = new CallRecording { Call = call, TelnyxRecordingId = "rec-pending", SourceUrl = "http://127.0.0.1:1/pending.mp3" };
        db.AddRange(call, stored, pending);
        await db.SaveChangesAsync();
        stored.FileName = RecordingFiles.FileNameFor(stored.Id, call.StartedAt, RecordingFiles.Mp3);
        stored.SizeBytes = Audio.Length;
        await db.SaveChangesAsync();
        var path = app.Services.GetRequiredService<RecordingFiles>().PathOf(stored.FileName);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllBytesAsync(path, Audio);
        return (stored.Id, pending.Id);
    });

    [Fact]
    public async Task Admins_managers_and_the_calls_agent_hear_it_while_other_agents_and_staff_are_refused()
    {
        var agent = await app.CreateUserAsync("agent@crm.test", Password, AppRoles.Agent);
        var (stored, pending) = await SeedCallAsync(agent.Id);
        var url = $"/calls/recordings/{stored}";
        var callers = new Dictionary<string, HttpClient>
        {
            ["admin"] = await app.SignedInAdminAsync(),
            ["manager"] = await SignedInAsync("manager@crm.test", AppRoles.Manager),
            ["the call's agent"] = await app.CreateBrowserLikeClient().SignedInAsync("agent@crm.test", Password),
            ["another agent"] = await SignedInAsync("other-agent@crm.test", AppRoles.Agent),
            ["staff"] = await SignedInAsync("staff@crm.test", AppRoles.Staff),
        };

        var answers = new Dictionary<string, HttpStatusCode>();
        foreach (var (caller, client) in callers)
        {
            var response = await client.GetAsync(url);
            answers[caller] = response.StatusCode;
            if (response.IsSuccessStatusCode)
            {
                Assert.Equal(Audio, await response.Content.ReadAsByteArrayAsync());
                Assert.Equal("audio/mpeg", response.Content.Headers.ContentType?.MediaType);
            }
        }

        Assert.Equal(new Dictionary<string, HttpStatusCode>
        {
            ["admin"] = HttpStatusCode.OK,
            ["manager"] = HttpStatusCode.OK,
            ["the call's agent"] = HttpStatusCode.OK,
            ["another agent"] = HttpStatusCode.Forbidden,
            ["staff"] = HttpStatusCode.Forbidden,
        }, answers);

        var anonymous = await app.CreateBrowserLikeClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Equal(IdentityExtensions.LoginPath, new Uri(new Uri("http://localhost"), anonymous.Headers.Location!).AbsolutePath);

        // Not stored yet, or not there at all: nothing to play.
        Assert.Equal(HttpStatusCode.NotFound, (await callers["admin"].GetAsync($"/calls/recordings/{pending}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await callers["admin"].GetAsync($"/calls/recordings/{stored + 1000}")).StatusCode);
    }
}
