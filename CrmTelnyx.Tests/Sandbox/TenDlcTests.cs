using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CrmTelnyx.Sandbox;
using CrmTelnyx.Sandbox.TenDlc;

namespace CrmTelnyx.Tests.Sandbox;

/// <summary>The sandbox's 10DLC registry reviews brands and campaigns later, as the real one does, and says so by webhook.</summary>
public class TenDlcTests : IClassFixture<SandboxApp>
{
    private readonly SandboxApp sandbox;
    private readonly TenDlcRegistry registry;

    public TenDlcTests(SandboxApp sandbox)
    {
        this.sandbox = sandbox;
        registry = new TenDlcRegistry(sandbox);
        registry.Review();
    }

    [Fact]
    public async Task A_brand_is_pending_at_first_then_ok_and_verified_with_a_signed_brand_update_webhook()
    {
        var brand = await registry.PostAsync("10dlc/brand", TenDlcRegistry.Brand());
        Assert.Null(brand["data"]);
        Assert.Equal("REGISTRATION_PENDING", (string?)brand["status"]);
        Assert.Equal("UNVERIFIED", (string?)brand["identityStatus"]);
        Assert.Equal("461234567", (string?)brand["ein"]);
        Assert.Equal("60601", (string?)brand["postalCode"]);
        var brandId = (string)brand["brandId"]!;
        Assert.Empty((await registry.GetAsync($"10dlc/brand/{brandId}/externalVetting")).AsArray());

        var webhook = await registry.BrandWebhookAsync(brandId);

        using var anonymous = new HttpClient();
        var publicKey = await anonymous.GetStringAsync(sandbox.BaseUrl + "/sandbox/public-key");
        Assert.True(Ed25519Verification.Verify(publicKey, webhook.Timestamp!, webhook.Body, webhook.Signature!));
        Assert.Equal((string?)brand["tcrBrandId"], (string?)webhook.Payload["tcrBrandId"]);
        Assert.Equal("REGISTRATION", (string?)webhook.Payload["eventType"]);
        Assert.Equal("OK", (string?)webhook.Payload["status"]);
        Assert.Empty(webhook.Payload["reasons"]!.AsArray());

        var fetched = await registry.GetAsync($"10dlc/brand/{brandId}");
        Assert.Equal("OK", (string?)fetched["status"]);
        Assert.Equal("VERIFIED", (string?)fetched["identityStatus"]);
        Assert.Null(fetched["failureReasons"]);
        var vetting = (await registry.GetAsync($"10dlc/brand/{brandId}/externalVetting")).AsArray().Single()!;
        Assert.Equal("AEGIS", (string?)vetting["evpId"]);
        Assert.Equal(40, (int)vetting["vettingScore"]!);
        Assert.Equal("ACTIVE", (string?)vetting["vettingStatus"]);
    }

    [Fact]
    public async Task A_brand_update_goes_to_the_brands_own_webhook_url()
    {
        await using var own = await WebhookReceiver.StartAsync();
        var brandId = (string)(await registry.PostAsync("10dlc/brand", TenDlcRegistry.Brand(webhookUrl: own.Url)))["brandId"]!;

        var webhook = (await own.WaitForAsync(r => r.EventType == "10dlc.brand.update")).Single();
        Assert.Equal(brandId, (string?)webhook.Payload["brandId"]);
    }

    [Fact]
    public async Task A_brand_rejected_on_the_page_fails_with_the_reason_in_get_and_webhook_and_has_no_vetting()
    {
        registry.Review(rejectBrands: true, reason: "EIN does not match the legal company name.");
        var brandId = (string)(await registry.PostAsync("10dlc/brand", TenDlcRegistry.Brand()))["brandId"]!;

        var webhook = await registry.BrandWebhookAsync(brandId);
        Assert.Equal("REGISTRATION_FAILED", (string?)webhook.Payload["status"]);
        Assert.Equal("EIN does not match the legal company name.", (string?)webhook.Payload["reasons"]![0]);

        var fetched = await registry.GetAsync($"10dlc/brand/{brandId}");
        Assert.Equal("REGISTRATION_FAILED", (string?)fetched["status"]);
        Assert.Equal("UNVERIFIED", (string?)fetched["identityStatus"]);
        Assert.Equal("EIN does not match the legal company name.", (string?)fetched["failureReasons"]![0]!["description"]);
        Assert.Empty((await registry.GetAsync($"10dlc/brand/{brandId}/externalVetting")).AsArray());
    }

    [Fact]
    public async Task A_campaign_for_a_brand_still_pending_is_refused()
    {
        sandbox.Get<SandboxRuntimeSettings>().TenDlcReviewDelayMs = 2000; // still under review when the campaign comes, however busy the machine
        var brandId = (string)(await registry.PostAsync("10dlc/brand", TenDlcRegistry.Brand()))["brandId"]!;

        var error = await registry.RefusedAsync("10dlc/campaignBuilder", TenDlcRegistry.Campaign(brandId));

        Assert.Equal("10015", (string?)error["code"]);
        Assert.Equal("/brandId", (string?)error["source"]!["pointer"]);
        Assert.Contains("is not registered yet (REGISTRATION_PENDING)", (string?)error["detail"]);
        await registry.BrandWebhookAsync(brandId); // Let its review finish before the next test changes the switches.
    }

    [Fact]
    public async Task A_campaign_is_pending_then_accepted_by_tcr_then_provisioned_with_webhooks_in_that_order()
    {
        var brandId = await registry.RegisteredBrandAsync();
        var campaign = await registry.PostAsync("10dlc/campaignBuilder", TenDlcRegistry.Campaign(brandId));
        Assert.Equal("TCR_PENDING", (string?)campaign["campaignStatus"]);
        Assert.Equal("PENDING", (string?)campaign["submissionStatus"]);
        Assert.Equal("ACTIVE", (string?)campaign["status"]);
        Assert.Equal("Hi Ann, your cleaning is tomorrow at 3pm. Reply STOP to opt out.", (string?)campaign["sample1"]);
        Assert.Equal("STOP", (string?)campaign["optoutKeywords"]);
        Assert.True((bool)campaign["embeddedPhone"]!);
        var campaignId = (string)campaign["campaignId"]!;

        var webhooks = (await sandbox.Receiver.WaitForAsync(r => r.EventType == "10dlc.campaign.update" && (string?)r.Payload["campaignId"] == campaignId, count: 2))
            .OrderBy(w => (string?)w.Json["data"]!["occurred_at"]).ToList();

        Assert.Equal(["TCR_ACCEPTED", "MNO_PROVISIONED"], webhooks.Select(w => (string?)w.Payload["campaignStatus"]));
        Assert.Equal(["TCR_EVENT", "MNO_REVIEW"], webhooks.Select(w => (string?)w.Payload["type"]));
        Assert.All(webhooks, w => Assert.Equal("ACCEPTED", (string?)w.Payload["status"]));
        Assert.Equal(brandId, (string?)webhooks[1].Payload["brandId"]);
        var fetched = await registry.GetAsync($"10dlc/campaign/{campaignId}");
        Assert.Equal("MNO_PROVISIONED", (string?)fetched["campaignStatus"]);
        Assert.True((bool)fetched["isTMobileRegistered"]!);
        Assert.Null(fetched["failureReasons"]);
    }

    [Fact]
    public async Task A_campaign_rejected_on_the_page_shows_the_reason_in_get_and_in_the_carriers_webhook()
    {
        var brandId = await registry.RegisteredBrandAsync();
        registry.Review(rejectCampaigns: true, reason: "Add opt-out language (Reply STOP to opt out).");

        var (campaignId, webhooks) = await registry.ReviewedCampaignAsync(brandId);

        var rejected = webhooks[^1].Payload;
        Assert.Equal("MNO_REVIEW", (string?)rejected["type"]);
        Assert.Equal("REJECTED", (string?)rejected["status"]);
        Assert.Equal("MNO_REJECTED", (string?)rejected["campaignStatus"]);
        Assert.Equal("Add opt-out language (Reply STOP to opt out).", (string?)rejected["reasons"]![0]);
        var fetched = await registry.GetAsync($"10dlc/campaign/{campaignId}");
        Assert.Equal("MNO_REJECTED", (string?)fetched["campaignStatus"]);
        Assert.Equal("Add opt-out language (Reply STOP to opt out).", (string?)fetched["failureReasons"]![0]!["description"]);
    }

    [Theory]
    [InlineData(80, "A", 4500, "UNCAPPED", 200000)]
    [InlineData(60, "C", 2400, "HIGH", 40000)]
    [InlineData(40, "E", 240, "LOW", 2000)]
    [InlineData(0, "T", 75, "LOW", 2000)]
    public async Task The_carriers_grant_throughput_by_the_brands_vetting_score(int score, string msgClass, int tpm, string tier, int cap)
    {
        registry.Review(vettingScore: score);
        var brandId = await registry.RegisteredBrandAsync();
        var campaignId = (string)(await registry.PostAsync("10dlc/campaignBuilder", TenDlcRegistry.Campaign(brandId)))["campaignId"]!;

        var metadata = await registry.GetAsync($"10dlc/campaign/{campaignId}/mnoMetadata");

        Assert.Null(metadata["data"]);
        Assert.Equal("AT&T", (string?)metadata["10017"]!["mno"]);
        Assert.Equal(msgClass, (string?)metadata["10017"]!["msgClass"]);
        Assert.Equal(tpm, (int)metadata["10017"]!["tpm"]!);
        Assert.Equal("CAMPAIGN", (string?)metadata["10017"]!["tpmScope"]);
        Assert.Equal("T-Mobile", (string?)metadata["10035"]!["mno"]);
        Assert.Equal(tier, (string?)metadata["10035"]!["brandTier"]);
        Assert.Equal(cap, (int)metadata["10035"]!["brandDailyCap"]!);
        Assert.Equal("Verizon Wireless", (string?)metadata["10038"]!["mno"]);
        await sandbox.Receiver.WaitForAsync(r => r.EventType == "10dlc.campaign.update" && (string?)r.Payload["campaignId"] == campaignId, count: 2);
    }

    [Fact]
    public async Task A_sole_proprietor_is_not_vetted_gets_class_w_and_may_have_one_campaign_with_one_number()
    {
        var brandId = await registry.RegisteredBrandAsync("SOLE_PROPRIETOR");
        Assert.Empty((await registry.GetAsync($"10dlc/brand/{brandId}/externalVetting")).AsArray());
        var campaignId = await registry.ProvisionedCampaignAsync(brandId);

        var metadata = await registry.GetAsync($"10dlc/campaign/{campaignId}/mnoMetadata");
        Assert.Equal("W", (string?)metadata["10017"]!["msgClass"]);
        Assert.Equal(15, (int)metadata["10017"]!["tpm"]!);
        Assert.Equal("SOLE_PROPRIETOR", (string?)metadata["10035"]!["brandTier"]);
        Assert.Equal(1000, (int)metadata["10035"]!["brandDailyCap"]!);

        var second = await registry.RefusedAsync("10dlc/campaignBuilder", TenDlcRegistry.Campaign(brandId));
        Assert.Equal("/brandId", (string?)second["source"]!["pointer"]);

        var (first, other) = await TwoNewNumbersAsync();
        await registry.PostAsync("10dlc/phone_number_campaigns", new { phoneNumber = first, campaignId });
        var refused = await registry.RefusedAsync("10dlc/phone_number_campaigns", new { phoneNumber = other, campaignId });
        Assert.Equal("/phoneNumber", (string?)refused["source"]!["pointer"]);
    }

    [Fact]
    public async Task A_number_cannot_be_assigned_to_a_campaign_the_carriers_have_not_provisioned()
    {
        var brandId = await registry.RegisteredBrandAsync();
        sandbox.Get<SandboxRuntimeSettings>().TenDlcReviewDelayMs = 2000; // still under review when the number comes, however busy the machine
        var campaignId = (string)(await registry.PostAsync("10dlc/campaignBuilder", TenDlcRegistry.Campaign(brandId)))["campaignId"]!;

        var error = await registry.RefusedAsync("10dlc/phone_number_campaigns", new { phoneNumber = "+17735550143", campaignId });

        Assert.Equal("/campaignId", (string?)error["source"]!["pointer"]);
        // On a busy machine the registry's half of the review may already be done: either way the carriers have not provisioned it.
        Assert.Matches(@"is not active \(TCR_(PENDING|ACCEPTED)\)", (string?)error["detail"]);
        await sandbox.Receiver.WaitForAsync(r => r.EventType == "10dlc.campaign.update" && (string?)r.Payload["campaignId"] == campaignId, count: 2);
    }

    [Fact]
    public async Task An_assignment_is_pending_then_assigned_with_a_webhook_and_can_be_listed_and_deleted()
    {
        var campaignId = await registry.ProvisionedCampaignAsync();
        var (number, _) = await TwoNewNumbersAsync();

        var assignment = await registry.PostAsync("10dlc/phone_number_campaigns", new { phoneNumber = number, campaignId });
        Assert.Equal("PENDING_ASSIGNMENT", (string?)assignment["assignmentStatus"]);

        var webhook = (await sandbox.Receiver.WaitForAsync(r => r.EventType == "10dlc.phone_number.update" && (string?)r.Payload["phoneNumber"] == number)).Single();
        Assert.Equal(campaignId, (string?)webhook.Payload["campaignId"]);
        Assert.Equal("ASSIGNMENT", (string?)webhook.Payload["type"]);
        Assert.Equal("ASSIGNED", (string?)webhook.Payload["status"]);
        var path = $"10dlc/phone_number_campaigns/{Uri.EscapeDataString(number)}";
        Assert.Equal("ASSIGNED", (string?)(await registry.GetAsync(path))["assignmentStatus"]);

        var list = await registry.GetAsync("10dlc/phone_number_campaigns?page=1&recordsPerPage=500");
        var records = list["records"]!.AsArray();
        Assert.Equal(1, (int)list["page"]!);
        Assert.Equal(records.Count, (int)list["totalRecords"]!);
        Assert.Contains(records, r => (string?)r!["phoneNumber"] == number && (string?)r["campaignId"] == campaignId);
        var numbers = records.Select(r => (string)r!["phoneNumber"]!).ToList();
        Assert.Equal(numbers.Order(StringComparer.Ordinal), numbers);
        var firstPage = await registry.GetAsync("10dlc/phone_number_campaigns?page=1&recordsPerPage=1");
        Assert.Equal(numbers[0], (string?)firstPage["records"]![0]!["phoneNumber"]);
        Assert.Single(firstPage["records"]!.AsArray());

        var deleted = await sandbox.Api.DeleteAsync(path);
        Assert.Equal(HttpStatusCode.OK, deleted.StatusCode);
        Assert.Equal("PENDING_UNASSIGNMENT", (string?)JsonNode.Parse(await deleted.Content.ReadAsStringAsync())!["assignmentStatus"]);
        Assert.Equal(HttpStatusCode.NotFound, (await sandbox.Api.GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await sandbox.Api.DeleteAsync(path)).StatusCode);
    }

    [Fact]
    public async Task The_starter_numbers_are_assigned_to_the_demo_brands_provisioned_campaign()
    {
        var records = (await registry.GetAsync("10dlc/phone_number_campaigns?recordsPerPage=500"))["records"]!.AsArray();
        var seeded = records.Where(r => CrmTelnyx.Sandbox.SandboxAccount.SeedNumbers.Contains((string?)r!["phoneNumber"])).ToList();

        Assert.Equal(CrmTelnyx.Sandbox.SandboxAccount.SeedNumbers.Length, seeded.Count);
        Assert.All(seeded, r => Assert.Equal("ASSIGNED", (string?)r!["assignmentStatus"]));
        var campaignId = seeded.Select(r => (string)r!["campaignId"]!).Distinct().Single();
        var campaign = await registry.GetAsync($"10dlc/campaign/{campaignId}");
        Assert.Equal("MNO_PROVISIONED", (string?)campaign["campaignStatus"]);
        Assert.Equal("MIXED", (string?)campaign["usecase"]);
        var brand = await registry.GetAsync($"10dlc/brand/{campaign["brandId"]}");
        Assert.Equal("Sandbox Demo Co", (string?)brand["displayName"]);
        Assert.Equal("VERIFIED", (string?)brand["identityStatus"]);
        Assert.Equal(80, (int)(await registry.GetAsync($"10dlc/brand/{campaign["brandId"]}/externalVetting"))[0]!["vettingScore"]!);
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

    /// <summary>Two local numbers bought for the test, so assignments never touch the starter numbers other tests send from.</summary>
    private async Task<(string, string)> TwoNewNumbersAsync()
    {
        var numbers = await TenDlcNumbers.BuyAsync(sandbox, 2);
        return (numbers[0], numbers[1]);
    }

    private async Task<JsonNode> Patch(string path, object body)
    {
        var response = await sandbox.Api.PatchAsJsonAsync(path, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, text);
        return JsonNode.Parse(text)!["data"]!;
    }
}
