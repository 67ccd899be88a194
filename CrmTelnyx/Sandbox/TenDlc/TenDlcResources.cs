using System.Security.Cryptography;
using CrmTelnyx.Sandbox.Store;

namespace CrmTelnyx.Sandbox.TenDlc;

/// <summary>10DLC objects as Telnyx returns them: camelCase, bare.</summary>
public static class TenDlcResources
{
    public static string TcrId(char prefix) =>
        prefix + string.Concat(Enumerable.Range(0, 6).Select(_ => "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"[RandomNumberGenerator.GetInt32(32)]));

    /// <summary>null when there are none, else [{"description": …}], as the registry lists them.</summary>
    public static object[]? FailureReasons(string? reason) => reason is null ? null : [new { description = reason }];

    public static object Brand(SandboxBrand b) => new
    {
        brandId = b.BrandId, tcrBrandId = b.TcrBrandId, entityType = b.EntityType, displayName = b.DisplayName, companyName = b.CompanyName,
        firstName = b.FirstName, lastName = b.LastName, ein = b.Ein, phone = b.Phone, mobilePhone = b.MobilePhone,
        street = b.Street, city = b.City, state = b.State, postalCode = b.PostalCode, country = b.Country, email = b.Email,
        website = b.Website, stockSymbol = b.StockSymbol, stockExchange = b.StockExchange, vertical = b.Vertical,
        status = b.Status, identityStatus = b.IdentityStatus, failureReasons = FailureReasons(b.FailureReason),
        webhookURL = b.WebhookUrl, webhookFailoverURL = b.WebhookFailoverUrl, mock = false,
        createdAt = SandboxJson.Time(b.CreatedAt), updatedAt = SandboxJson.Time(b.UpdatedAt),
    };

    public static object[] Vettings(SandboxBrand b) => b.VettingScore is null || b.Status != TenDlcStatus.BrandOk
        ? []
        : [new { evpId = "AEGIS", vettingId = b.VettingId, vettingScore = b.VettingScore, vettingClass = "STANDARD", vettingStatus = "ACTIVE", createDate = SandboxJson.Time(b.VettedAt) }];

    public static object Campaign(SandboxCampaign c) => new
    {
        campaignId = c.CampaignId, tcrCampaignId = c.TcrCampaignId, brandId = c.BrandId, usecase = c.Usecase,
        subUsecases = c.SubUsecases.Split(',', StringSplitOptions.RemoveEmptyEntries), description = c.Description,
        sample1 = c.Sample1, sample2 = c.Sample2, sample3 = c.Sample3, sample4 = c.Sample4, sample5 = c.Sample5, messageFlow = c.MessageFlow,
        helpMessage = c.HelpMessage, helpKeywords = c.HelpKeywords, optinMessage = c.OptinMessage, optinKeywords = c.OptinKeywords,
        optoutMessage = c.OptoutMessage, optoutKeywords = c.OptoutKeywords, embeddedLink = c.EmbeddedLink, embeddedPhone = c.EmbeddedPhone,
        ageGated = c.AgeGated, directLending = c.DirectLending, numberPool = c.NumberPool,
        campaignStatus = c.CampaignStatus, status = "ACTIVE", submissionStatus = c.SubmissionStatus, failureReasons = FailureReasons(c.FailureReason),
        isTMobileRegistered = c.IsTMobileRegistered, webhookURL = c.WebhookUrl, webhookFailoverURL = c.WebhookFailoverUrl, mock = false,
        createdAt = SandboxJson.Time(c.CreatedAt), updatedAt = SandboxJson.Time(c.UpdatedAt),
    };

    public static object Assignment(SandboxNumberCampaign n, SandboxCampaign c, SandboxBrand? b) => new
    {
        phoneNumber = n.PhoneNumber, campaignId = c.CampaignId, brandId = c.BrandId, tcrBrandId = b?.TcrBrandId, tcrCampaignId = c.TcrCampaignId,
        telnyxCampaignId = c.CampaignId, assignmentStatus = n.AssignmentStatus, failureReasons = (object[]?)null,
        createdAt = SandboxJson.Time(n.CreatedAt), updatedAt = SandboxJson.Time(n.UpdatedAt),
    };
}
