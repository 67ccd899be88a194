using System.Text.Json;
using CrmTelnyx.Telnyx;

namespace CrmTelnyx.Tests.Telnyx;

/// <summary>Call and number-order webhook payloads (TELNYX-API.md §4–5) read into the typed records features will handle.</summary>
public sealed class TelnyxEventPayloadTests
{
    private static TelnyxEventData Read(string json) =>
        JsonSerializer.Deserialize<TelnyxWebhookEnvelope>(json, TelnyxJson.SnakeCase)!.Data;

    [Fact]
    public void A_call_hangup_gives_its_cause_source_and_call_ids()
    {
        var data = Read("""
            {"data":{"event_type":"call.hangup","id":"e-1","occurred_at":"2026-11-22T12:01:00.000+00:00","record_type":"event",
              "payload":{"call_control_id":"v3:abc","call_leg_id":"leg-1","call_session_id":"s-1","connection_id":"c-1",
                "client_state":"aGk=","from":"+13125550001","to":"+13125550002","direction":"outgoing","state":"hangup",
                "hangup_cause":"user_busy","hangup_source":"callee","sip_hangup_cause":"486","start_time":"2026-11-22T12:00:00.000+00:00",
                "call_quality_stats":{"inbound":{"mos":"4.5"}}}},
             "meta":{"attempt":1,"delivered_to":"https://crm.example/webhooks/telnyx"}}
            """);

        var call = data.PayloadAs<CallEventPayload>();

        Assert.Equal(TelnyxEventTypes.CallHangup, data.EventType);
        Assert.Equal("v3:abc", call.CallControlId);
        Assert.Equal("user_busy", call.HangupCause);
        Assert.Equal("callee", call.HangupSource);
        Assert.Equal("486", call.SipHangupCause);
        Assert.Equal(new DateTimeOffset(2026, 11, 22, 12, 1, 0, TimeSpan.Zero), data.OccurredAt);
    }

    [Fact]
    public void A_saved_recording_gives_its_urls_without_a_call_control_id()
    {
        var call = Read("""
            {"data":{"event_type":"call.recording.saved","id":"e-2","occurred_at":"2026-11-22T12:01:00.000+00:00","record_type":"event",
              "payload":{"call_leg_id":"leg-1","call_session_id":"s-1","connection_id":"c-1","channels":"dual",
                "recording_started_at":"2026-11-22T12:00:05.000+00:00","recording_ended_at":"2026-11-22T12:00:55.000+00:00",
                "recording_urls":{"mp3":"https://rec.example/a.mp3","wav":null},"public_recording_urls":{"mp3":null,"wav":null}}}}
            """).PayloadAs<CallEventPayload>();

        Assert.Null(call.CallControlId);
        Assert.Equal("leg-1", call.CallLegId);
        Assert.Equal("https://rec.example/a.mp3", call.RecordingUrls!.Mp3);
        Assert.Equal(TimeSpan.FromSeconds(50), call.RecordingEndedAt - call.RecordingStartedAt);
    }

    [Fact]
    public void Answering_machine_detection_gives_its_result()
    {
        var call = Read("""
            {"data":{"event_type":"call.machine.detection.ended","id":"e-3","record_type":"event",
              "payload":{"call_control_id":"v3:abc","result":"machine","from":"+1","to":"+2"}}}
            """).PayloadAs<CallEventPayload>();

        Assert.Equal("machine", call.Result);
    }

    [Fact]
    public void A_completed_number_order_gives_each_numbers_status()
    {
        var order = Read("""
            {"data":{"event_type":"number_order.complete","id":"e-4","occurred_at":"2026-11-22T12:00:00.000+00:00","record_type":"event",
              "payload":{"id":"o-1","record_type":"number_order","status":"success","phone_numbers_count":1,
                "connection_id":"c-1","messaging_profile_id":"p-1","requirements_met":true,
                "phone_numbers":[{"id":"n-1","record_type":"number_order_phone_number","phone_number":"+19705555098",
                  "status":"success","phone_number_type":"local","country_code":"US","requirements_met":true,"regulatory_requirements":[]}],
                "sub_number_orders_ids":[],"created_at":"2026-11-22T11:59:00.000+00:00","updated_at":"2026-11-22T12:00:00.000+00:00"}},
             "meta":{"attempt":1,"delivered_to":"https://crm.example/webhooks/telnyx"}}
            """).PayloadAs<TelnyxNumberOrder>();

        Assert.Equal("success", order.Status);
        Assert.Equal("p-1", order.MessagingProfileId);
        Assert.Equal(("+19705555098", "success"), (order.PhoneNumbers.Single().PhoneNumber, order.PhoneNumbers.Single().Status));
    }

    [Fact]
    public void An_inbound_message_payload_reads_sender_text_and_zero_cost()
    {
        var message = Read("""
            {"data":{"event_type":"message.received","id":"e-5","record_type":"event",
              "payload":{"record_type":"message","id":"m-9","direction":"inbound","type":"SMS",
                "from":{"phone_number":"+13125550002","carrier":"T-MOBILE USA, INC.","line_type":"Wireless"},
                "to":[{"phone_number":"+13125550001","status":"webhook_delivered"}],"text":"STOP",
                "media":[],"encoding":"GSM-7","parts":1,"cost":{"amount":"0.0000","currency":"USD"},"received_at":"2026-11-22T12:00:00.000+00:00",
                "sent_at":null,"completed_at":null,"valid_until":null}}}
            """).PayloadAs<TelnyxMessage>();

        Assert.Equal("+13125550002", message.From!.PhoneNumber);
        Assert.Equal("STOP", message.Text);
        Assert.Equal(0m, message.Cost!.Amount);
    }

    [Theory]
    [InlineData("""{"data":{"event_type":"message.received","id":"e-9","record_type":"event"}}""")]
    [InlineData("""{"data":{"event_type":"message.received","id":"e-9","record_type":"event","payload":null}}""")]
    [InlineData("""{"data":{"event_type":"message.received","id":"e-9","record_type":"event","payload":[1,2,3]}}""")]
    public void An_event_without_a_payload_object_says_so_instead_of_failing_obscurely(string json)
    {
        var error = Assert.Throws<JsonException>(() => Read(json).PayloadAs<TelnyxMessage>());

        Assert.Contains("e-9 has no payload object", error.Message);
    }
}
