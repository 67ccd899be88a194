using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CrmTelnyx.Sandbox;
using CrmTelnyx.Sandbox.TenDlc;

namespace CrmTelnyx.Tests.Sandbox;

/// <summary>Drives the sandbox's 10DLC registry as the app does: bare camelCase JSON over HTTP, waiting for the registry's webhooks.</summary>
public sealed class TenDlcRegistry(SandboxApp sandbox)
{
    /// <summary>Short reviews, approving, vetting score 40: what each test starts from.</summary>
    public void Review(bool rejectBrands = false, bool rejectCampaigns = false, string reason = TenDlcReviewSettings.DefaultReason, int vettingScore = 40)
    {
        var runtime = sandbox.Get<SandboxRuntimeSettings>();
        runtime.TenDlcReviewDelayMs = 200;
        runtime.TenDlcReview = new TenDlcReviewSettings(rejectBrands, rejectCampaigns, reason, vettingScore);
    }

    public static object Brand(string entityType = "PRIVATE_PROFIT", string? webhookUrl = null) => new
    {
        entityType, displayName = "Acme Dental", companyName = "Acme Dental LLC", ein = "461234567", phone = "+13125550100",
        street = "1 Main St", city = "Chicago", state = "IL", postalCode = "60601", country = "US", email = "ops@acme.test",
        website = "https://acme-dental.com", vertical = "HEALTHCARE", firstName = "Ann", lastName = "Acme", mobilePhone = "+13125550101",
        webhookURL = webhookUrl,
    };

    public async Task<JsonNode> PostAsync(string path, object body)
    {
        var response = await sandbox.Api.PostAsJsonAsync(path, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"POST {path} answered {(int)response.StatusCode}: {text}");
        return JsonNode.Parse(text)!;
    }

    public async Task<JsonNode> RefusedAsync(string path, object body)
    {
        var response = await sandbox.Api.PostAsJsonAsync(path, body);
        Assert.Equal(422, (int)response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]![0]!;
    }

    public Task<WebhookReceiver.Received> BrandWebhookAsync(string brandId) => Single(r => r.EventType == TenDlcWebhooks.BrandUpdate && (string?)r.Payload["brandId"] == brandId);

    public async Task<string> RegisteredBrandAsync(string entityType = "PRIVATE_PROFIT")
    {
        var brandId = (string)(await PostAsync("10dlc/brand", Brand(entityType)))["brandId"]!;
        Assert.Equal("OK", (string?)(await BrandWebhookAsync(brandId)).Payload["status"]);
        return brandId;
    }

    public static object Campaign(string brandId) => new
    {
        brandId, usecase = "CUSTOMER_CARE", subUsecases = Array.Empty<string>(), description = "Appointment reminders and replies for Acme Dental patients.",
        sample1 = "Hi Ann, your cleaning is tomorrow at 3pm. Reply STOP to opt out.", sample2 = "Acme Dental: reply C to confirm. Reply STOP to opt out.",
        messageFlow = "Patients opt in on the booking form at https://acme-dental.com/book.", helpMessage = "Acme Dental: call 312-555-0100.", helpKeywords = "HELP",
        optinMessage = "You're subscribed to Acme Dental reminders.", optinKeywords = "START", optoutMessage = "You're unsubscribed.", optoutKeywords = "STOP",
        embeddedLink = false, embeddedPhone = true, ageGated = false, directLending = false, numberPool = false,
    };

    public async Task<(string CampaignId, IReadOnlyList<WebhookReceiver.Received> Webhooks)> ReviewedCampaignAsync(string brandId)
    {
        var campaignId = (string)(await PostAsync("10dlc/campaignBuilder", Campaign(brandId)))["campaignId"]!;
        var webhooks = await sandbox.Receiver.WaitForAsync(r => r.EventType == TenDlcWebhooks.CampaignUpdate && (string?)r.Payload["campaignId"] == campaignId, count: 2);
        return (campaignId, webhooks.OrderBy(w => (string?)w.Json["data"]!["occurred_at"]).ToList());
    }

    public async Task<string> ProvisionedCampaignAsync(string? brandId = null)
    {
        var (campaignId, webhooks) = await ReviewedCampaignAsync(brandId ?? await RegisteredBrandAsync());
        Assert.Equal("MNO_PROVISIONED", (string?)webhooks[^1].Payload["campaignStatus"]);
        return campaignId;
    }

    public async Task<JsonNode> GetAsync(string path) => await sandbox.GetOkAsync(path);

    private async Task<WebhookReceiver.Received> Single(Func<WebhookReceiver.Received, bool> match) => (await sandbox.Receiver.WaitForAsync(match)).Single();
}
