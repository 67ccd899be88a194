using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CrmTelnyx.Sandbox.Calls;

namespace CrmTelnyx.Tests.Sandbox;

/// <summary>Bridging two legs ("call my phone first"), command_id, transcription, DTMF and voicemail.</summary>
public partial class CallsTests
{
    private static string State(string text) => Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(text));

    [Fact]
    public async Task Two_bridged_legs_each_hear_call_bridged_last_about_one_call_length_and_end_together_with_costs_matching_the_detail_records()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var startedAt = DateTime.UtcNow.AddSeconds(-1);
        var agent = (string)(await DialAsync("+13125550181", receiver.Url, new { client_state = State("agent") }))["call_control_id"]!;
        await WaitForAsync(receiver, "call.answered", agent);
        var contact = (string)(await DialAsync("+13125550182", receiver.Url, new { client_state = State("contact"), link_to = agent }))["call_control_id"]!;
        await WaitForAsync(receiver, "call.answered", contact);

        await sandbox.PostOkAsync($"calls/{agent}/actions/bridge", new { call_control_id = contact });

        var bridged = await receiver.WaitForAsync(r => r.EventType == "call.bridged", count: 2);
        Assert.Equal("agent", Decode(bridged.Single(b => (string?)b.Payload["call_control_id"] == agent).Payload["client_state"]));
        Assert.Equal("contact", Decode(bridged.Single(b => (string?)b.Payload["call_control_id"] == contact).Payload["client_state"]));
        Assert.Equal((string?)bridged[0].Payload["call_session_id"], (string?)bridged[1].Payload["call_session_id"]); // link_to shares the session

        // The agent's own far end would hang up 4 s after it answered; bridged, the contact hangs up 4 s after the bridge and the agent leg follows.
        var costs = await receiver.WaitForAsync(r => r.EventType == "call.cost", count: 2, timeoutSeconds: 20);
        var contactHangup = receiver.All.Single(r => r.EventType == "call.hangup" && (string?)r.Payload["call_control_id"] == contact).Payload;
        var agentHangup = receiver.All.Single(r => r.EventType == "call.hangup" && (string?)r.Payload["call_control_id"] == agent).Payload;
        Assert.Equal(("normal_clearing", "callee"), ((string?)contactHangup["hangup_cause"], (string?)contactHangup["hangup_source"]));
        Assert.Equal(("normal_clearing", "caller"), ((string?)agentHangup["hangup_cause"], (string?)agentHangup["hangup_source"]));
        var contactHungUpAt = receiver.All.Single(r => r.EventType == "call.hangup" && (string?)r.Payload["call_control_id"] == contact).Json["data"]!["occurred_at"];
        var lasted = DateTimeOffset.Parse((string)contactHungUpAt!) - DateTimeOffset.Parse((string)bridged[0].Json["data"]!["occurred_at"]!);
        Assert.InRange(lasted.TotalSeconds, 3.5, 6);

        var records = (await sandbox.GetOkAsync($"detail_records?filter[record_type]=call-control&page[size]=50&filter[created_at][gte]={startedAt:O}"))["data"]!.AsArray();
        foreach (var (id, cost) in new[] { agent, contact }.Select(id => (id, costs.Single(c => (string?)c.Payload["call_control_id"] == id).Payload)))
        {
            var record = records.Single(r => (string?)r!["call_leg_id"] == (string?)cost["call_leg_id"])!;
            Assert.Equal((int)cost["billed_duration_secs"]!, (int)record["billed_sec"]!);
            Assert.Equal((string?)cost["total_cost"], (string?)record["cost"]);
            Assert.Equal("0.0100", (string?)record["cost"]);
            Assert.Equal("normal_clearing", (string?)record["hangup_cause"]);
        }
    }

    [Fact]
    public async Task The_app_hanging_up_one_bridged_leg_hangs_up_the_other_unless_it_asked_to_park_after_unbridge()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var (agent, contact) = await BridgedPairAsync(receiver, "+13125550183", "+13125550184");

        await sandbox.PostOkAsync($"calls/{agent}/actions/hangup", new { });

        var hangups = await receiver.WaitForAsync(r => r.EventType == "call.hangup", count: 2);
        Assert.All(hangups, h => Assert.Equal("caller", (string?)h.Payload["hangup_source"]));
        await receiver.WaitForAsync(r => r.EventType == "call.cost", count: 2);

        await using var parking = await WebhookReceiver.StartAsync();
        var (parked, other) = await BridgedPairAsync(parking, "+13125550185", "+13125550186", new { park_after_unbridge = "self" });
        await sandbox.PostOkAsync($"calls/{other}/actions/hangup", new { });
        await WaitForAsync(parking, "call.hangup", other);
        Assert.True((bool)(await sandbox.GetOkAsync($"calls/{parked}"))["data"]!["is_alive"]!, "the leg that asked to park stays up");
        await sandbox.PostOkAsync($"calls/{parked}/actions/speak", new { payload = "Still here", voice = "female" });
        await sandbox.PostOkAsync($"calls/{parked}/actions/hangup", new { });
    }

    [Fact]
    public async Task A_leg_dialled_with_link_to_and_bridge_on_answer_is_bridged_when_it_answers()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var agent = (string)(await DialAsync("+13125550193", receiver.Url))["call_control_id"]!;
        await WaitForAsync(receiver, "call.answered", agent);

        var contact = (string)(await DialAsync("+13125550194", receiver.Url, new { link_to = agent, bridge_on_answer = true }))["call_control_id"]!;

        var bridged = await receiver.WaitForAsync(r => r.EventType == "call.bridged", count: 2);
        Assert.Equal(new[] { agent, contact }.Order(), bridged.Select(b => (string)b.Payload["call_control_id"]!).Order());
        await sandbox.PostOkAsync($"calls/{contact}/actions/hangup", new { });
        var hangups = await receiver.WaitForAsync(r => r.EventType == "call.hangup", count: 2);
        Assert.Equal("caller", (string?)hangups.Single(h => (string?)h.Payload["call_control_id"] == agent).Payload["hangup_source"]);
    }

    [Fact]
    public async Task Bridging_is_refused_for_a_leg_not_answered_one_unknown_or_one_ended()
    {
        const string caller = "+13125550187";
        var answered = (string)(await DialAsync("+13125550188", sandbox.Receiver.Url))["call_control_id"]!;
        await WaitForAsync(sandbox.Receiver, "call.answered", answered);
        await CallInAsync(caller);
        var ringing = (string)(await sandbox.Receiver.WaitForAsync(r => r.EventType == "call.initiated" && (string?)r.Payload["from"] == caller)).Single().Payload["call_control_id"]!;

        await AssertRefusedAsync($"calls/{answered}/actions/bridge", new { call_control_id = ringing }, "90034");
        await AssertRefusedAsync($"calls/{ringing}/actions/bridge", new { call_control_id = answered }, "90034");
        await AssertRefusedAsync($"calls/{answered}/actions/bridge", new { call_control_id = "v3:nope" }, "90015");
        await AssertRefusedAsync($"calls/{answered}/actions/bridge", new { }, "10004");

        await sandbox.PostOkAsync($"calls/{ringing}/actions/reject", new { cause = "CALL_REJECTED" });
        await AssertRefusedAsync($"calls/{answered}/actions/bridge", new { call_control_id = ringing }, "90018");
        Assert.DoesNotContain(sandbox.Receiver.All, r => r.EventType == "call.bridged" && (string?)r.Payload["call_control_id"] == answered);
        await sandbox.PostOkAsync($"calls/{answered}/actions/hangup", new { });
    }

    [Fact]
    public async Task A_repeated_command_id_places_one_call_and_acts_once_on_a_call()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var first = await DialAsync("+13125550189", receiver.Url, new { command_id = "dial-once" });
        var second = await DialAsync("+13125550189", receiver.Url, new { command_id = "dial-once" });
        var id = (string)first["call_control_id"]!;
        Assert.Equal(id, (string?)second["call_control_id"]);
        await WaitForAsync(receiver, "call.answered", id);

        foreach (var _ in new[] { 1, 2 })
        {
            await sandbox.PostOkAsync($"calls/{id}/actions/record_start", new { format = "wav", channels = "single", command_id = "rec-1" });
            await sandbox.PostOkAsync($"calls/{id}/actions/speak", new { payload = "Hello once", voice = "female", command_id = "speak-1" });
        }
        await sandbox.PostOkAsync($"calls/{id}/actions/hangup", new { command_id = "bye" });
        await sandbox.PostOkAsync($"calls/{id}/actions/hangup", new { command_id = "bye" }); // a retried hangup is ok, not 90018

        await receiver.WaitForAsync(r => r.EventType == "call.cost");
        await Task.Delay(500);
        Assert.Single(receiver.All, r => r.EventType == "call.initiated");
        Assert.Single(receiver.All, r => r.EventType == "call.speak.started");
        Assert.Single(receiver.All, r => r.EventType == "call.recording.saved");
    }

    [Fact]
    public async Task A_recording_started_with_transcription_is_followed_by_its_transcript_of_what_was_spoken()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var id = (string)(await DialAsync("+13125550190", receiver.Url, new { client_state = State("lead-7") }))["call_control_id"]!;
        await WaitForAsync(receiver, "call.answered", id);

        await sandbox.PostOkAsync($"calls/{id}/actions/record_start", new { format = "wav", channels = "single", transcription = true });
        await sandbox.PostOkAsync($"calls/{id}/actions/speak", new { payload = "Your appointment is on Tuesday.", voice = "female" });
        await sandbox.PostOkAsync($"calls/{id}/actions/record_stop", new { });

        var saved = (await WaitForAsync(receiver, "call.recording.saved", id)).Payload;
        var transcript = (await WaitForAsync(receiver, "call.recording.transcription.saved", id)).Payload;
        Assert.Equal((string?)saved["recording_id"], (string?)transcript["recording_id"]);
        Assert.Equal("Your appointment is on Tuesday.", (string?)transcript["transcription_text"]);
        Assert.Equal("completed", (string?)transcript["status"]);
        Assert.Equal("lead-7", Decode(transcript["client_state"]));
        Assert.NotNull((string?)transcript["recording_transcription_id"]);
        Assert.NotNull((string?)transcript["call_session_id"]);
        await sandbox.PostOkAsync($"calls/{id}/actions/hangup", new { });
    }

    [Fact]
    public async Task Send_dtmf_takes_telnyx_digits_and_refuses_others_with_422()
    {
        var id = (string)(await DialAsync("+13125550191", sandbox.Receiver.Url))["call_control_id"]!;
        await WaitForAsync(sandbox.Receiver, "call.answered", id);

        await sandbox.PostOkAsync($"calls/{id}/actions/send_dtmf", new { digits = "0123456789ABCD*#wW" });
        var refused = await AssertRefusedAsync($"calls/{id}/actions/send_dtmf", new { digits = "12x9e" }, "10015");
        Assert.Equal("/digits", (string?)refused["source"]!["pointer"]);
        await AssertRefusedAsync($"calls/{id}/actions/send_dtmf", new { }, "10004");
        await AssertRefusedAsync($"calls/{id}/actions/send_dtmf", new { digits = "1", duration_millis = 50 }, "10015");
        await sandbox.PostOkAsync($"calls/{id}/actions/hangup", new { });
    }

    [Fact]
    public async Task A_caller_reaching_voicemail_leaves_a_message_saved_with_its_transcript_when_they_hang_up()
    {
        const string caller = "+13125550192";
        await CallInAsync(caller);
        var id = (string)(await sandbox.Receiver.WaitForAsync(r => r.EventType == "call.initiated" && (string?)r.Payload["from"] == caller)).Single().Payload["call_control_id"]!;

        await sandbox.PostOkAsync($"calls/{id}/actions/answer", new { });
        await sandbox.PostOkAsync($"calls/{id}/actions/speak", new { payload = "Please leave a message after the tone.", voice = "female" });
        await WaitForAsync(sandbox.Receiver, "call.speak.ended", id);
        await sandbox.PostOkAsync($"calls/{id}/actions/record_start", new { format = "wav", channels = "single", transcription = true, play_beep = true });

        var hangup = (await WaitForAsync(sandbox.Receiver, "call.hangup", id)).Payload;
        Assert.Equal("caller", (string?)hangup["hangup_source"]);
        var saved = (await WaitForAsync(sandbox.Receiver, "call.recording.saved", id)).Payload;
        var transcript = (await WaitForAsync(sandbox.Receiver, "call.recording.transcription.saved", id)).Payload;
        Assert.Equal((string?)saved["recording_id"], (string?)transcript["recording_id"]);
        Assert.Equal(RecordingTranscript.FarEndSays(new() { CallControlId = id, ConnectionId = "", Direction = "incoming", From = caller, To = "", State = "" }),
            (string?)transcript["transcription_text"]);
        Assert.Contains(caller, (string?)transcript["transcription_text"]);
    }

    private async Task<(string First, string Second)> BridgedPairAsync(WebhookReceiver receiver, string firstTo, string secondTo, object? bridgeExtra = null)
    {
        var first = (string)(await DialAsync(firstTo, receiver.Url))["call_control_id"]!;
        await WaitForAsync(receiver, "call.answered", first);
        var second = (string)(await DialAsync(secondTo, receiver.Url))["call_control_id"]!;
        await WaitForAsync(receiver, "call.answered", second);
        var body = new JsonObject { ["call_control_id"] = second };
        if (bridgeExtra is not null)
            foreach (var (key, value) in System.Text.Json.JsonSerializer.SerializeToNode(bridgeExtra)!.AsObject()) body[key] = value?.DeepClone();
        await sandbox.PostOkAsync($"calls/{first}/actions/bridge", body);
        await receiver.WaitForAsync(r => r.EventType == "call.bridged", count: 2);
        return (first, second);
    }

    private static async Task<WebhookReceiver.Received> WaitForAsync(WebhookReceiver receiver, string eventType, string callControlId) =>
        (await receiver.WaitForAsync(r => r.EventType == eventType && (string?)r.Payload["call_control_id"] == callControlId)).Single();

    private async Task<JsonNode> AssertRefusedAsync(string path, object body, string code)
    {
        var response = await sandbox.Api.PostAsJsonAsync(path, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.UnprocessableEntity, $"POST {path} answered {(int)response.StatusCode}: {text}");
        var error = JsonNode.Parse(text)!["errors"]![0]!;
        Assert.Equal(code, (string?)error["code"]);
        return error;
    }

    private static string Decode(JsonNode? state) => System.Text.Encoding.UTF8.GetString(Convert.FromBase64String((string)state!));
}
