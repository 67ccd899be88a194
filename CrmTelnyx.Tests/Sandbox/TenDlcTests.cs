using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace CrmTelnyx.Tests.Sandbox;

public class TenDlcTests(SandboxApp sandbox) : IClassFixture<SandboxApp>
{
    [Fact]
    public async Task A_brand_a_campaign_and_a_number_assignment_come_back_as_bare_camel_case_objects()
    {
        var brand = await PostBareAsync("10dlc/brand", new { entityType = "PRIVATE_PROFIT", displayName = "Acme Dental", country = "US", email = "ops@acme.test", vertical = "HEALTHCARE" });
        Assert.Null(brand["data"]);
        Assert.Equal("OK", (string?)brand["status"]);
        var brandId = (string)brand["brandId"]!;

        var campaign = await PostBareAsync("10dlc/campaignBuilder", new { brandId, usecase = "CUSTOMER_CARE", description = "Appointment reminders" });
        Assert.Equal(brandId, (string?)campaign["brandId"]);
        var campaignId = (string)campaign["campaignId"]!;

        var assignment = await PostBareAsync("10dlc/phone_number_campaigns", new { phoneNumber = "+13125550141", campaignId });
        Assert.Equal("ASSIGNED", (string?)assignment["assignmentStatus"]);

        var fetched = JsonNode.Parse(await sandbox.Api.GetStringAsync($"10dlc/phone_number_campaigns/{Uri.EscapeDataString("+13125550141")}"))!;
        Assert.Equal(campaignId, (string?)fetched["campaignId"]);
        Assert.Equal((string?)brand["tcrBrandId"], (string?)fetched["tcrBrandId"]);
    }

    [Fact]
    public async Task A_brand_without_its_required_fields_is_refused_with_a_telnyx_error()
    {
        var response = await sandbox.Api.PostAsJsonAsync("10dlc/brand", new { displayName = "No type" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("/entityType", (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]![0]!["source"]!["pointer"]);
    }

    [Fact]
    public async Task Voice_settings_change_only_what_is_given()
    {
        var id = Uri.EscapeDataString("+17735550143");
        var first = await Patch($"phone_numbers/{id}/voice", new { call_recording = new { inbound_call_recording_enabled = true } });
        Assert.True((bool)first["call_recording"]!["inbound_call_recording_enabled"]!);
        Assert.Equal("wav", (string?)first["call_recording"]!["inbound_call_recording_format"]);

        var second = await Patch($"phone_numbers/{id}/voice", new { caller_id_name_enabled = true });
        Assert.True((bool)second["call_recording"]!["inbound_call_recording_enabled"]!);
        Assert.True((bool)second["caller_id_name_enabled"]!);
        Assert.Equal("+17735550143", (string?)second["phone_number"]);
    }

    private async Task<JsonNode> PostBareAsync(string path, object body)
    {
        var response = await sandbox.Api.PostAsJsonAsync(path, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, text);
        return JsonNode.Parse(text)!;
    }

    private async Task<JsonNode> Patch(string path, object body)
    {
        var response = await sandbox.Api.PatchAsJsonAsync(path, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, text);
        return JsonNode.Parse(text)!["data"]!;
    }
}
