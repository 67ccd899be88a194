using System.Net;
using System.Text.Json;
using CrmTelnyx.Telnyx;
using static CrmTelnyx.Tests.Telnyx.FakeTelnyxHandler;

namespace CrmTelnyx.Tests.Telnyx;

/// <summary>What goes over the wire: paths, bearer key, snake_case bodies, and how answers are read.</summary>
public sealed class TelnyxClientTests
{
    [Fact]
    public async Task Each_request_uses_the_connection_current_at_that_moment()
    {
        using var harness = new TelnyxClientHarness((_, _) => Json(HttpStatusCode.OK, MessageJson));

        await harness.Client.GetMessageAsync("msg-1");
        harness.Connection.Current = harness.Connection.Current with { BaseUrl = new Uri("http://127.0.0.1:5055/sandbox/telnyx/v2"), ApiKey = "SANDBOX-KEY" };
        await harness.Client.GetMessageAsync("msg-1");

        Assert.Equal("https://api.telnyx.test/v2/messages/msg-1", harness.Network.Requests[0].Uri.ToString());
        Assert.Equal("Bearer KEY-secret-123", harness.Network.Requests[0].Authorization);
        Assert.Equal("http://127.0.0.1:5055/sandbox/telnyx/v2/messages/msg-1", harness.Network.Requests[1].Uri.ToString());
        Assert.Equal("Bearer SANDBOX-KEY", harness.Network.Requests[1].Authorization);
    }

    [Fact]
    public async Task A_send_posts_snake_case_json_without_empty_fields_and_reads_the_cost_as_decimal()
    {
        using var harness = new TelnyxClientHarness((_, _) => Json(HttpStatusCode.OK, MessageJson));

        var message = await harness.Client.SendMessageAsync(new SendMessageRequest("+13125550001", "+13125550002", "Hi") { MessagingProfileId = "profile-1" });

        var sent = harness.Network.Requests.Single();
        Assert.Equal(HttpMethod.Post, sent.Method);
        Assert.EndsWith("/v2/messages", sent.Uri.AbsolutePath);
        using var body = JsonDocument.Parse(sent.Body!);
        Assert.Equal(["from", "to", "text", "messaging_profile_id"], body.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal(0.0051m, message.Cost!.Amount);
        Assert.Equal("queued", message.RecipientStatus);
    }

    [Fact]
    public async Task The_api_key_never_appears_in_the_logs()
    {
        using var harness = new TelnyxClientHarness((_, _) => Json(HttpStatusCode.OK, MessageJson));

        await harness.Client.GetMessageAsync("msg-1");

        Assert.NotEmpty(harness.Logs.Lines);
        Assert.DoesNotContain(harness.Logs.Lines, line => line.Contains("KEY-secret-123"));
    }

    [Fact]
    public async Task Call_actions_post_to_the_action_path_of_the_call()
    {
        using var harness = new TelnyxClientHarness((_, _) => Json(HttpStatusCode.OK, """{"data":{"result":"ok"}}"""));

        var result = await harness.Client.SpeakAsync("v3:abc", new SpeakRequest("Hello", "AWS.Polly.Joanna"));
        await harness.Client.RejectAsync("v3:abc", new RejectCallRequest("USER_BUSY"));

        Assert.Equal("ok", result.Result);
        Assert.Equal("/v2/calls/v3%3Aabc/actions/speak", harness.Network.Requests[0].Uri.AbsolutePath);
        Assert.Equal("""{"payload":"Hello","voice":"AWS.Polly.Joanna"}""", harness.Network.Requests[0].Body);
        Assert.Equal("""{"cause":"USER_BUSY"}""", harness.Network.Requests[1].Body);
    }

    [Fact]
    public async Task Listing_phone_numbers_follows_every_page()
    {
        using var harness = new TelnyxClientHarness((attempt, _) => Json(HttpStatusCode.OK, $$$"""
            {"data":[{"id":"{{{attempt}}}","phone_number":"+1312555000{{{attempt}}}","status":"active"}],
             "meta":{"page_number":{{{attempt}}},"page_size":1,"total_pages":3,"total_results":3}}
            """));

        var numbers = await harness.Client.ListAllPhoneNumbersAsync(pageSize: 1);

        Assert.Equal(["+13125550001", "+13125550002", "+13125550003"], numbers.Select(n => n.PhoneNumber));
        Assert.Contains("page[number]=3", Uri.UnescapeDataString(harness.Network.Requests[2].Uri.Query));
    }

    [Fact]
    public async Task Available_number_search_sends_only_the_filters_given()
    {
        using var harness = new TelnyxClientHarness((_, _) => Json(HttpStatusCode.OK, """
            {"data":[{"record_type":"available_phone_number","phone_number":"+13125550009",
              "region_information":[{"region_type":"state","region_name":"IL"}],
              "cost_information":{"upfront_cost":"1.00","monthly_cost":"1.50","currency":"USD"},
              "features":[{"name":"sms"},{"name":"voice"}]}],"meta":{"total_results":1}}
            """));

        var found = await harness.Client.SearchAvailableNumbersAsync(new AvailableNumberSearch { AreaCode = "312", Features = ["sms", "voice"], Limit = 5 });

        Assert.Equal(
            "?filter[country_code]=US&filter[national_destination_code]=312&filter[features]=sms,voice&filter[limit]=5",
            Uri.UnescapeDataString(harness.Network.Requests.Single().Uri.Query));
        Assert.Equal(1.50m, found.Single().CostInformation!.MonthlyCost);
        Assert.Equal("IL", found.Single().Region("state"));
    }

    [Fact]
    public async Task Ten_dlc_endpoints_speak_bare_camel_case()
    {
        using var harness = new TelnyxClientHarness((_, _) => Json(HttpStatusCode.OK, """
            {"phoneNumber":"+13125550001","campaignId":"c-1","brandId":"b-1","assignmentStatus":"PENDING_ASSIGNMENT"}
            """));

        var assigned = await harness.Client.AssignNumberToCampaignAsync(new AssignNumberToCampaignRequest("+13125550001", "c-1"));

        Assert.Equal("PENDING_ASSIGNMENT", assigned.AssignmentStatus);
        Assert.Equal("""{"phoneNumber":"+13125550001","campaignId":"c-1"}""", harness.Network.Requests.Single().Body);
    }

    [Fact]
    public async Task Messaging_detail_records_are_asked_for_by_type_and_date_and_read_with_string_money()
    {
        using var harness = new TelnyxClientHarness((_, _) => Json(HttpStatusCode.OK, """
            {"data":[{"record_type":"message_detail_record","uuid":"u-1","cli":"+1","cld":"+2","parts":2,"status":"delivered",
              "rate":"0.004","cost":"0.008","carrier_fee":"0.003","currency":"USD"}],
             "meta":{"page_number":1,"page_size":50,"total_pages":1,"total_results":1}}
            """));

        var page = await harness.Client.GetMessagingDetailRecordsAsync(
            new DetailRecordQuery(new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 11, 2, 0, 0, 0, TimeSpan.Zero)));

        Assert.Equal(0.008m, page.Data.Single().Cost);
        Assert.Equal(1, page.Meta!.TotalResults);
        var query = Uri.UnescapeDataString(harness.Network.Requests.Single().Uri.Query);
        Assert.Contains("filter[record_type]=messaging", query);
        Assert.Contains("filter[created_at][gte]=2026-11-01T00:00:00Z", query);
    }
}
