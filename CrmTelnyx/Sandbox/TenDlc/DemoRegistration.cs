using CrmTelnyx.Sandbox.Store;

namespace CrmTelnyx.Sandbox.TenDlc;

/// <summary>A new sandbox account's 10DLC registration, already through review, so its starter numbers send as before.</summary>
public static class DemoRegistration
{
    public const string BrandName = "Sandbox Demo Co";
    public const int VettingScore = 80;

    public static void Add(SandboxDbContext db, IEnumerable<string> numbers, DateTime now)
    {
        var brand = new SandboxBrand
        {
            BrandId = Guid.NewGuid().ToString(), TcrBrandId = TenDlcResources.TcrId('B'), EntityType = "PRIVATE_PROFIT", DisplayName = BrandName,
            CompanyName = "Sandbox Demo Co LLC", Country = "US", Email = "compliance@sandbox-demo.test", Vertical = "TECHNOLOGY",
            Ein = "123456789", Phone = "+13125550100", Street = "1 Sandbox Way", City = "Chicago", State = "IL", PostalCode = "60601",
            Website = "https://sandbox-demo.test", Status = TenDlcStatus.BrandOk, IdentityStatus = TenDlcStatus.Verified,
            VettingScore = VettingScore, VettingId = Guid.NewGuid().ToString(), VettedAt = now, CreatedAt = now, UpdatedAt = now,
        };
        var campaign = new SandboxCampaign
        {
            CampaignId = Guid.NewGuid().ToString(), TcrCampaignId = TenDlcResources.TcrId('C'), BrandId = brand.BrandId, Usecase = "MIXED",
            SubUsecases = "CUSTOMER_CARE,ACCOUNT_NOTIFICATION", Description = "Customer care conversations and account notifications from Sandbox Demo Co.",
            Sample1 = "Hi Sam, your appointment is tomorrow at 3pm. Reply STOP to opt out.", Sample2 = "Thanks for reaching out! How can we help? Reply STOP to opt out.",
            MessageFlow = "Customers opt in on the web form at https://sandbox-demo.test/sms.", OptoutKeywords = "STOP", HelpKeywords = "HELP",
            CampaignStatus = TenDlcStatus.CampaignProvisioned, SubmissionStatus = "CREATED", IsTMobileRegistered = true, CreatedAt = now, UpdatedAt = now,
        };
        db.Brands.Add(brand);
        db.Campaigns.Add(campaign);
        foreach (var number in numbers.Where(SenderRegistration.IsTenDlc))
            db.NumberCampaigns.Add(new SandboxNumberCampaign
            {
                PhoneNumber = number, CampaignId = campaign.CampaignId, AssignmentStatus = TenDlcStatus.Assigned, CreatedAt = now, UpdatedAt = now,
            });
    }
}
