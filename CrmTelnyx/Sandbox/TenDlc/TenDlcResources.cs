using System.Security.Cryptography;
using CrmTelnyx.Sandbox.Store;

namespace CrmTelnyx.Sandbox.TenDlc;

/// <summary>10DLC objects as Telnyx returns them: camelCase, bare. The sandbox approves everything complete at once.</summary>
public static class TenDlcResources
{
    public static string TcrId(char prefix) =>
        prefix + string.Concat(Enumerable.Range(0, 6).Select(_ => "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"[RandomNumberGenerator.GetInt32(32)]));

    public static object Brand(SandboxBrand b) => new
    {
        brandId = b.BrandId, tcrBrandId = b.TcrBrandId, entityType = b.EntityType, displayName = b.DisplayName, companyName = b.CompanyName,
        country = b.Country, email = b.Email, vertical = b.Vertical, status = "OK", identityStatus = "VERIFIED",
        failureReasons = (string?)null, webhookURL = b.WebhookUrl, mock = false,
        createdAt = SandboxJson.Time(b.CreatedAt), updatedAt = SandboxJson.Time(b.CreatedAt),
    };

    public static object Campaign(SandboxCampaign c) => new
    {
        campaignId = c.CampaignId, tcrCampaignId = c.TcrCampaignId, brandId = c.BrandId, usecase = c.Usecase, description = c.Description,
        campaignStatus = "MNO_PROVISIONED", status = "ACTIVE", submissionStatus = "CREATED", failureReasons = (string?)null,
        isTMobileRegistered = true, mock = false, createdAt = SandboxJson.Time(c.CreatedAt), updatedAt = SandboxJson.Time(c.CreatedAt),
    };

    public static object Assignment(SandboxNumberCampaign n, SandboxCampaign c, SandboxBrand? b) => new
    {
        phoneNumber = n.PhoneNumber, campaignId = c.CampaignId, brandId = c.BrandId, tcrBrandId = b?.TcrBrandId, tcrCampaignId = c.TcrCampaignId,
        telnyxCampaignId = c.CampaignId, assignmentStatus = "ASSIGNED", failureReasons = (string?)null,
        createdAt = SandboxJson.Time(n.CreatedAt), updatedAt = SandboxJson.Time(n.UpdatedAt),
    };
}
