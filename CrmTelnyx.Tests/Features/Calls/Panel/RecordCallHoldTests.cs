using CrmTelnyx.Features.Calls;
using CrmTelnyx.Features.Webhooks;
using CrmTelnyx.Tests.Features.Webhooks;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Tests.Features.Calls.Panel;

/// <summary>Hold as Telnyx reports it (call.playback.started/ended of the hold music), posted signed, twice and out of order.</summary>
public sealed class RecordCallHoldTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 11, 30, 15, 0, 0, TimeSpan.Zero);
    private readonly SignedWebhookApp app = new();

    public void Dispose() => app.Dispose();

    private Task<long> AddAnsweredCallAsync() => app.WithDbAsync(async db =>
    {
        var call = new Call
        {
            From = "+13125550141", To = "+13125550199", Direction = CallDirection.Outbound, Status = CallStatus.Answered,
            StartedAt = Start.UtcDateTime, AnsweredAt = Start.UtcDateTime, CallControlId = "v3:contact",
        };
        db.Calls.Add(call);
        await db.SaveChangesAsync();
        return call.Id;
    });

    private async Task PostAsync(string eventType, long callId, string step, DateTimeOffset at, string? eventId = null)
    {
        eventId ??= Guid.NewGuid().ToString();
        var state = new CallClientState(callId, CallLegRole.Contact, step).Encode();
        var json = System.Text.Json.JsonSerializer.Serialize(new
        {
            data = new
            {
                event_type = eventType, id = eventId, occurred_at = at.ToString("yyyy-MM-ddTHH:mm:ss.fffzzz"), record_type = "event",
                payload = new
                {
                    call_control_id = "v3:contact", call_leg_id = "leg-1", call_session_id = "session-1", connection_id = "1494404757140276705",
                    client_state = state, media_url = "https://crm.example/call-audio/hold-music.wav", overlay = false,
                    status = eventType == "call.playback.ended" ? "cancelled" : null,
                },
            },
            meta = new { attempt = 1, delivered_to = "https://crm.example/webhooks/telnyx" },
        });
        (await app.PostSignedAsync(json)).EnsureSuccessStatusCode();
        Assert.Equal(WebhookEventStatus.Processed, (await app.SettledAsync(eventId)).Status);
    }

    private Task<Call> CallAsync(long id) => app.WithDbAsync(db => db.Calls.AsNoTracking().SingleAsync(c => c.Id == id));

    [Fact]
    public async Task The_music_starting_puts_the_call_on_hold_and_its_end_adds_the_time_held()
    {
        var id = await AddAnsweredCallAsync();

        await PostAsync("call.playback.started", id, "hold-a", Start.AddSeconds(10));
        var held = await CallAsync(id);
        await PostAsync("call.playback.ended", id, "hold-a", Start.AddSeconds(40));
        var resumed = await CallAsync(id);

        Assert.Equal(Start.AddSeconds(10).UtcDateTime, held.HeldSince);
        Assert.Equal((null, 30), (resumed.HeldSince, resumed.HeldSeconds));
    }

    [Fact]
    public async Task Repeated_events_count_a_hold_once_and_a_second_hold_adds_to_the_first()
    {
        var id = await AddAnsweredCallAsync();
        var startedId = Guid.NewGuid().ToString();

        await PostAsync("call.playback.started", id, "hold-a", Start.AddSeconds(10), startedId);
        await PostAsync("call.playback.started", id, "hold-a", Start.AddSeconds(10));
        await PostAsync("call.playback.ended", id, "hold-a", Start.AddSeconds(40));
        await PostAsync("call.playback.ended", id, "hold-a", Start.AddSeconds(40));
        await PostAsync("call.playback.started", id, "hold-a", Start.AddSeconds(10));
        await PostAsync("call.playback.started", id, "hold-b", Start.AddSeconds(60));
        await PostAsync("call.playback.ended", id, "hold-b", Start.AddSeconds(75));

        var call = await CallAsync(id);
        Assert.Equal((null, 45), (call.HeldSince, call.HeldSeconds));
    }

    [Fact]
    public async Task A_hold_whose_end_arrives_before_its_start_leaves_the_call_off_hold()
    {
        var id = await AddAnsweredCallAsync();

        await PostAsync("call.playback.ended", id, "hold-a", Start.AddSeconds(40));
        await PostAsync("call.playback.started", id, "hold-a", Start.AddSeconds(10));

        Assert.Null((await CallAsync(id)).HeldSince);
    }

    [Fact]
    public async Task Other_audio_on_the_call_such_as_a_greeting_is_not_a_hold()
    {
        var id = await AddAnsweredCallAsync();

        await PostAsync("call.playback.started", id, "greeting-audio", Start.AddSeconds(10));

        var call = await CallAsync(id);
        Assert.Equal((null, 0), (call.HeldSince, call.HeldSeconds));
    }
}
