using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace CrmTelnyx.Tests.Sandbox;

public class NumbersTests(SandboxApp sandbox) : IClassFixture<SandboxApp>
{
    [Fact]
    public async Task Searching_an_area_code_gives_the_same_numbers_every_time_all_in_that_area_code()
    {
        var first = await Search("filter[national_destination_code]=415&filter[limit]=5&filter[features]=sms,voice");
        var second = await Search("filter[national_destination_code]=415&filter[limit]=5");

        Assert.Equal(5, first.Count);
        Assert.Equal(first, second);
        Assert.All(first, n => Assert.StartsWith("+1415", n));
        Assert.NotEqual(first, await Search("filter[national_destination_code]=212&filter[limit]=5"));
    }

    [Fact]
    public async Task Searching_a_state_offers_numbers_from_its_area_codes_with_cost_and_features()
    {
        var body = await sandbox.GetOkAsync("available_phone_numbers?filter[administrative_area]=TX&filter[limit]=6");
        var data = body["data"]!.AsArray();

        Assert.Equal(6, data.Count);
        Assert.All(data, n => Assert.Matches(@"^\+1(512|214|713)\d{7}$", (string)n!["phone_number"]!));
        Assert.Equal("1.00", (string?)data[0]!["cost_information"]!["monthly_cost"]);
        Assert.Contains(data[0]!["features"]!.AsArray(), f => (string?)f!["name"] == "sms");
    }

    [Fact]
    public async Task Only_local_us_numbers_with_sms_mms_and_voice_are_stocked()
    {
        Assert.NotEmpty(await Search("filter[national_destination_code]=303&filter[phone_number_type]=local&filter[features][]=sms&filter[features][]=voice"));
        Assert.Empty(await Search("filter[national_destination_code]=303&filter[phone_number_type]=toll_free"));
        Assert.Empty(await Search("filter[national_destination_code]=303&filter[features]=sms,fax"));
        Assert.Empty(await Search("filter[country_code]=CA"));
    }

    [Fact]
    public async Task An_ordered_number_becomes_owned_announces_completion_and_can_be_released()
    {
        var profileId = (string)(await sandbox.GetOkAsync("messaging_profiles"))["data"]![0]!["id"]!;
        var connectionId = (string)(await sandbox.GetOkAsync("call_control_applications"))["data"]![0]!["id"]!;
        var number = (await Search("filter[national_destination_code]=617&filter[limit]=1")).Single();

        var order = await sandbox.PostOkAsync("number_orders", new
        {
            phone_numbers = new[] { new { phone_number = number } }, messaging_profile_id = profileId, connection_id = connectionId,
        });
        Assert.Equal("pending", (string?)order["status"]);

        var complete = (await sandbox.Receiver.WaitForAsync(r => r.EventType == "number_order.complete" && (string?)r.Payload["id"] == (string?)order["id"])).Single();
        Assert.Equal("success", (string?)complete.Payload["status"]);
        Assert.Equal("success", (string?)(await sandbox.GetOkAsync($"number_orders/{order["id"]}"))["data"]!["status"]);

        var owned = await OwnedNumbers();
        var bought = owned.Single(n => (string?)n["phone_number"] == number);
        Assert.Equal(profileId, (string?)bought["messaging_profile_id"]);
        Assert.Equal(connectionId, (string?)bought["connection_id"]);
        Assert.DoesNotContain(number, await Search("filter[national_destination_code]=617&filter[limit]=3"));
        // The new number can send at once.
        await sandbox.PostOkAsync("messages", new { from = number, to = "+13125550193", text = "From my new number" });

        var released = await sandbox.Api.DeleteAsync($"phone_numbers/{bought["id"]}");
        Assert.Equal(HttpStatusCode.OK, released.StatusCode);
        Assert.DoesNotContain(await OwnedNumbers(), n => (string?)n["phone_number"] == number);
        Assert.Equal(HttpStatusCode.NotFound, (await sandbox.Api.GetAsync($"phone_numbers/{bought["id"]}")).StatusCode);
        var send = await sandbox.Api.PostAsJsonAsync("messages", new { from = number, to = "+13125550193", text = "Gone" });
        Assert.Contains("\"40305\"", await send.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Owned_numbers_are_paged_with_telnyx_meta()
    {
        var page1 = await sandbox.GetOkAsync("phone_numbers?page[number]=1&page[size]=2");
        var total = (int)page1["meta"]!["total_results"]!;

        Assert.True(total >= 3, "the account starts with numbers a sync can import");
        Assert.Equal(2, page1["data"]!.AsArray().Count);
        Assert.Equal((total + 1) / 2, (int)page1["meta"]!["total_pages"]!);
        var page2 = await sandbox.GetOkAsync("phone_numbers?page[number]=2&page[size]=2");
        Assert.Equal(2, (int)page2["meta"]!["page_number"]!);
        Assert.DoesNotContain((string?)page2["data"]![0]!["id"], page1["data"]!.AsArray().Select(n => (string?)n!["id"]));
        Assert.All(page1["data"]!.AsArray(), n => Assert.Matches(@"^\d+$", (string)n!["id"]!));
    }

    [Fact]
    public async Task Ordering_a_number_the_account_already_owns_is_refused()
    {
        var response = await sandbox.Api.PostAsJsonAsync("number_orders", new { phone_numbers = new[] { new { phone_number = "+13125550141" } } });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
    }

    [Fact]
    public async Task A_number_taken_off_its_messaging_profile_cannot_send_until_it_is_back()
    {
        var id = Uri.EscapeDataString("+17735550143");
        var profileId = (string)(await sandbox.GetOkAsync("messaging_profiles"))["data"]![0]!["id"]!;

        var off = await sandbox.Api.PatchAsJsonAsync($"phone_numbers/{id}/messaging", new { messaging_profile_id = "" });
        Assert.Null((string?)JsonNode.Parse(await off.Content.ReadAsStringAsync())!["data"]!["messaging_profile_id"]);
        var refused = await sandbox.Api.PostAsJsonAsync("messages", new { from = "+17735550143", to = "+13125550191", text = "No profile" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("\"40100\"", await refused.Content.ReadAsStringAsync());

        (await sandbox.Api.PatchAsJsonAsync($"phone_numbers/{id}/messaging", new { messaging_profile_id = profileId })).EnsureSuccessStatusCode();
        Assert.Equal(profileId, (string?)(await sandbox.GetOkAsync($"phone_numbers/{id}/messaging"))["data"]!["messaging_profile_id"]);
        await sandbox.PostOkAsync("messages", new { from = "+17735550143", to = "+13125550191", text = "Back" });
    }

    private async Task<List<string>> Search(string query) =>
        (await sandbox.GetOkAsync("available_phone_numbers?" + query))["data"]!.AsArray().Select(n => (string)n!["phone_number"]!).ToList();

    private async Task<List<JsonNode>> OwnedNumbers() =>
        (await sandbox.GetOkAsync("phone_numbers?page[size]=250"))["data"]!.AsArray().Select(n => n!).ToList();
}
