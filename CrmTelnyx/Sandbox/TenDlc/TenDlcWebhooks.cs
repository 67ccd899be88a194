using System.Text.Json;
using CrmTelnyx.Sandbox.Store;
using CrmTelnyx.Sandbox.Webhooks;

namespace CrmTelnyx.Sandbox.TenDlc;

/// <summary>The registry's webhooks: 10dlc.brand.update, 10dlc.campaign.update, 10dlc.phone_number.update.</summary>
public sealed class TenDlcWebhooks(WebhookPublisher publisher, WebhookDestination destination)
{
    public const string BrandUpdate = "10dlc.brand.update";
    public const string CampaignUpdate = "10dlc.campaign.update";
    public const string PhoneNumberUpdate = "10dlc.phone_number.update";

    public void BrandReviewed(SandboxBrand b)
    {
        var ok = b.Status == TenDlcStatus.BrandOk;
        Publish(BrandUpdate, new
        {
            brandId = b.BrandId, tcrBrandId = b.TcrBrandId, eventType = "REGISTRATION", status = b.Status,
            description = ok ? "Brand registration approved; identity verified." : "Brand registration failed.",
            reasons = Reasons(b.FailureReason),
        }, b.WebhookUrl, b.WebhookFailoverUrl);
    }

    /// <param name="type">TCR_EVENT when the registry accepted it, MNO_REVIEW when the carriers decided.</param>
    public void CampaignReviewed(SandboxCampaign c, string type)
    {
        var rejected = c.CampaignStatus == TenDlcStatus.CampaignRejected;
        var description = c.CampaignStatus switch
        {
            TenDlcStatus.CampaignAccepted => "Campaign accepted by The Campaign Registry; waiting for the carriers' review.",
            TenDlcStatus.CampaignProvisioned => "Campaign provisioned by the carriers.",
            _ => "Campaign rejected by the carriers.",
        };
        Publish(CampaignUpdate, new
        {
            campaignId = c.CampaignId, tcrCampaignId = c.TcrCampaignId, brandId = c.BrandId, type, status = rejected ? "REJECTED" : "ACCEPTED",
            campaignStatus = c.CampaignStatus, description, reasons = Reasons(c.FailureReason),
        }, c.WebhookUrl, c.WebhookFailoverUrl);
    }

    public void NumberAssigned(SandboxNumberCampaign n, SandboxCampaign c) => Publish(PhoneNumberUpdate, new
    {
        phoneNumber = n.PhoneNumber, campaignId = n.CampaignId, type = "ASSIGNMENT", status = n.AssignmentStatus,
        description = $"{n.PhoneNumber} is assigned to campaign {c.TcrCampaignId}.",
    }, c.WebhookUrl, c.WebhookFailoverUrl);

    private static string[] Reasons(string? reason) => reason is null ? [] : [reason];

    // Serialized camelCase here: the publisher writes snake_case, but 10DLC payloads keep Telnyx's camelCase names.
    private void Publish(string eventType, object payload, string? url, string? failoverUrl) =>
        publisher.Publish(eventType, JsonSerializer.SerializeToNode(payload, SandboxJson.CamelCase)!, destination.For(url), failoverUrl: failoverUrl);
}
