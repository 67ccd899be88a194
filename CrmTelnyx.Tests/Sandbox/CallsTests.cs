using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CrmTelnyx.Sandbox.Calls;
using CrmTelnyx.Sandbox.Control;
using CrmTelnyx.Tests.Infrastructure;

namespace CrmTelnyx.Tests.Sandbox;

public partial class CallsTests(LongCallsSandboxApp sandbox) : IClassFixture<LongCallsSandboxApp>
{
    private const string From = "+13125550141";

    [Fact]
    public async Task A_dialled_call_goes_initiated_answered_hangup_in_order_with_cause_and_cost()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var call = await DialAsync("+13125550171", receiver.Url, new { client_state = Convert.ToBase64String("lead-42"u8.ToArray()) });
        var id = (string)call["call_control_id"]!;
        Assert.StartsWith("v3:", id);

        var events = await receiver.WaitForAsync(r => r.EventType == "call.cost", timeoutSeconds: 20);
        // In the order they happened: webhooks, like Telnyx's, may arrive in another order on a busy machine.
        var lifecycle = receiver.All.Where(r => r.EventType is "call.initiated" or "call.answered" or "call.hangup")
            .OrderBy(r => DateTimeOffset.Parse((string)r.Json["data"]!["occurred_at"]!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(["call.initiated", "call.answered", "call.hangup"], lifecycle.Select(r => r.EventType));
        Assert.All(lifecycle, r => Assert.Equal(id, (string?)r.Payload["call_control_id"]));
        Assert.All(lifecycle, r => Assert.Equal("lead-42", System.Text.Encoding.UTF8.GetString(Convert.FromBase64String((string)r.Payload["client_state"]!))));
        Assert.Equal("outgoing", (string?)lifecycle[0].Payload["direction"]);
        var hangup = lifecycle[2].Payload;
        Assert.Equal("normal_clearing", (string?)hangup["hangup_cause"]);
        Assert.Equal("callee", (string?)hangup["hangup_source"]);
        Assert.NotNull((string?)hangup["start_time"]);
        Assert.Equal("0.0100", (string?)events.Single().Payload["total_cost"]);

        var fetched = (await sandbox.GetOkAsync($"calls/{id}"))["data"]!;
        Assert.False((bool)fetched["is_alive"]!);
    }

    [Fact]
    public async Task A_destination_ending_0001_is_busy_and_0002_does_not_answer()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await DialAsync("+13125550001", receiver.Url);
        await DialAsync("+13125550002", receiver.Url);

        var hangups = await receiver.WaitForAsync(r => r.EventType == "call.hangup", count: 2);
        Assert.Equal("user_busy", (string?)hangups.Single(h => (string?)h.Payload["to"] == "+13125550001").Payload["hangup_cause"]);
        Assert.Equal("timeout", (string?)hangups.Single(h => (string?)h.Payload["to"] == "+13125550002").Payload["hangup_cause"]);
        Assert.DoesNotContain(receiver.All, r => r.EventType == "call.answered");
    }

    [Fact]
    public async Task Recording_from_answer_is_saved_on_hangup_as_a_wav_the_sandbox_serves()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var call = await DialAsync("+13125550172", receiver.Url, new { record = "record-from-answer", record_format = "wav" });
        await receiver.WaitForAsync(r => r.EventType == "call.answered");

        await sandbox.PostOkAsync($"calls/{call["call_control_id"]}/actions/hangup", new { });

        var saved = (await receiver.WaitForAsync(r => r.EventType == "call.recording.saved")).Single().Payload;
        Assert.Equal((string?)call["recording_id"], (string?)saved["recording_id"]);
        var hangup = receiver.All.Single(r => r.EventType == "call.hangup").Payload;
        Assert.Equal("caller", (string?)hangup["hangup_source"]);
        using var http = new HttpClient();
        var wav = await http.GetByteArrayAsync((string)saved["recording_urls"]!["wav"]!);
        Assert.Equal("RIFF", System.Text.Encoding.ASCII.GetString(wav, 0, 4));
        Assert.Equal("WAVE", System.Text.Encoding.ASCII.GetString(wav, 8, 4));
        Assert.True(wav.Length > 8000, "at least half a second of audio");
    }

    [Fact]
    public async Task Record_start_and_stop_on_an_answered_call_save_a_recording_and_an_ended_call_refuses_commands()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var call = await DialAsync("+13125550173", receiver.Url);
        var id = (string)call["call_control_id"]!;
        await receiver.WaitForAsync(r => r.EventType == "call.answered");

        var result = await sandbox.PostOkAsync($"calls/{id}/actions/record_start", new { format = "wav", channels = "single" });
        Assert.Equal("ok", (string?)result["result"]);
        await sandbox.PostOkAsync($"calls/{id}/actions/speak", new { payload = "Hello from the sandbox", voice = "female" });
        await sandbox.PostOkAsync($"calls/{id}/actions/record_stop", new { });
        await receiver.WaitForAsync(r => r.EventType == "call.recording.saved");
        await receiver.WaitForAsync(r => r.EventType == "call.speak.ended");
        await receiver.WaitForAsync(r => r.EventType == "call.hangup");

        var late = await sandbox.Api.PostAsJsonAsync($"calls/{id}/actions/hangup", new { });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, late.StatusCode);
        Assert.Contains("\"90018\"", await late.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Answering_machine_detection_reports_machine_for_0003_and_human_otherwise()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await DialAsync("+13125550003", receiver.Url, new { answering_machine_detection = "detect" });
        await DialAsync("+13125550174", receiver.Url, new { answering_machine_detection = "detect" });

        var results = await receiver.WaitForAsync(r => r.EventType == "call.machine.detection.ended", count: 2);
        Assert.Equal("machine", (string?)results.Single(r => (string?)r.Payload["to"] == "+13125550003").Payload["result"]);
        Assert.Equal("human", (string?)results.Single(r => (string?)r.Payload["to"] == "+13125550174").Payload["result"]);
    }

    [Fact]
    public async Task A_contact_calling_in_rings_parked_until_the_app_answers()
    {
        const string caller = "+13125550175";

        await CallInAsync(caller);
        var initiated = (await sandbox.Receiver.WaitForAsync(r => r.EventType == "call.initiated" && (string?)r.Payload["from"] == caller)).Single().Payload;
        Assert.Equal("incoming", (string?)initiated["direction"]);
        Assert.Equal("parked", (string?)initiated["state"]);

        await sandbox.PostOkAsync($"calls/{initiated["call_control_id"]}/actions/answer", new { });
        await sandbox.Receiver.WaitForAsync(r => r.EventType == "call.answered" && (string?)r.Payload["from"] == caller);
        var hangup = (await sandbox.Receiver.WaitForAsync(r => r.EventType == "call.hangup" && (string?)r.Payload["from"] == caller)).Single().Payload;
        Assert.Equal("caller", (string?)hangup["hangup_source"]);
    }

    [Fact]
    public async Task A_caller_who_hangs_up_before_the_app_answers_ends_the_call_as_originator_cancel()
    {
        const string caller = "+13125550176";
        await CallInAsync(caller);
        var initiated = (await sandbox.Receiver.WaitForAsync(r => r.EventType == "call.initiated" && (string?)r.Payload["from"] == caller)).Single().Payload;

        var hungUp = await sandbox.RunAsync<ContactHangsUp, ControlOutcome>(c => c.HangUpAsync((string)initiated["call_control_id"]!));
        Assert.Equal(new ControlOutcome(true, "The contact hung up."), hungUp);

        var hangup = (await sandbox.Receiver.WaitForAsync(r => r.EventType == "call.hangup" && (string?)r.Payload["from"] == caller)).Single().Payload;
        Assert.Equal("originator_cancel", (string?)hangup["hangup_cause"]);
        Assert.Equal("caller", (string?)hangup["hangup_source"]);
        var late = await sandbox.Api.PostAsJsonAsync($"calls/{initiated["call_control_id"]}/actions/answer", new { });
        Assert.Contains("\"90018\"", await late.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_contact_hanging_up_an_answered_call_ends_it_as_normal_clearing_and_a_second_hang_up_says_it_had_ended()
    {
        var call = await DialAsync("+13125550177", sandbox.Receiver.Url);
        var id = (string)call["call_control_id"]!;
        await sandbox.Receiver.WaitForAsync(r => r.EventType == "call.answered" && (string?)r.Payload["call_control_id"] == id);

        var first = await sandbox.RunAsync<ContactHangsUp, ControlOutcome>(c => c.HangUpAsync(id));
        var second = await sandbox.RunAsync<ContactHangsUp, ControlOutcome>(c => c.HangUpAsync(id));

        Assert.True(first.Accepted);
        Assert.Equal(new ControlOutcome(false, "That call had already ended."), second);
        var hangup = (await sandbox.Receiver.WaitForAsync(r => r.EventType == "call.hangup" && (string?)r.Payload["call_control_id"] == id)).Single().Payload;
        Assert.Equal("normal_clearing", (string?)hangup["hangup_cause"]);
        Assert.Equal("callee", (string?)hangup["hangup_source"]);
    }

    [Fact]
    public async Task A_call_in_to_a_number_without_a_call_control_application_is_refused()
    {
        var result = await sandbox.RunAsync<ReceiveInboundCall, ReceiveInboundCall.Result>(r => r.CallAsync("+13125550178", "+13125559999"));

        Assert.False(result.Accepted);
        Assert.Null(result.CallControlId);
    }

    /// <summary>What a person does on the "A contact calls in" card.</summary>
    private async Task CallInAsync(string caller)
    {
        var result = await sandbox.RunAsync<ReceiveInboundCall, ReceiveInboundCall.Result>(r => r.CallAsync(caller, "+13125550142"));
        Assert.True(result.Accepted, result.Message);
    }

    [Fact]
    public async Task Dialling_a_number_not_in_e164_is_refused_with_10016()
    {
        var connectionId = (string)(await sandbox.GetOkAsync("call_control_applications"))["data"]![0]!["id"]!;
        var response = await sandbox.Api.PostAsJsonAsync("calls", new { connection_id = connectionId, from = From, to = "5550100" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("10016", (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]![0]!["code"]);
    }

    private async Task<JsonNode> DialAsync(string to, string webhookUrl, object? extra = null)
    {
        var connectionId = (string)(await sandbox.GetOkAsync("call_control_applications"))["data"]![0]!["id"]!;
        var body = new JsonObject { ["connection_id"] = connectionId, ["from"] = From, ["to"] = to, ["webhook_url"] = webhookUrl };
        if (extra is not null)
            foreach (var (key, value) in System.Text.Json.JsonSerializer.SerializeToNode(extra)!.AsObject()) body[key] = value?.DeepClone();
        return await sandbox.PostOkAsync("calls", body);
    }
}

/// <summary>Calls last 4 s here, so a test's own hangup or recording commands always come before the far end hangs up.</summary>
public sealed class LongCallsSandboxApp : SandboxApp
{
    public LongCallsSandboxApp() => Configure = settings => settings["Sandbox:CallDurationMs"] = "4000";
}
