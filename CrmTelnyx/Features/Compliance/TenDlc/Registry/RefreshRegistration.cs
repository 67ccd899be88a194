using System.Linq.Expressions;
using System.Net;
using CrmTelnyx.Data;
using CrmTelnyx.Features.Compliance.TenDlc.Brands;
using CrmTelnyx.Features.Compliance.TenDlc.Campaigns;
using CrmTelnyx.Features.Numbers;
using CrmTelnyx.Live;
using CrmTelnyx.Telnyx;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Features.Compliance.TenDlc;

/// <summary>
/// Brings one brand, campaign or number assignment in step with Telnyx by asking it (GET), which is what a
/// <c>10dlc.*</c> webhook, the poll and the number sync all do: the webhook says something changed, Telnyx's answer says what.
/// A campaign's state is copied onto its numbers (<see cref="CompanyNumber.TenDlcCampaignActive"/>), so sending can check it cheaply.
/// </summary>
public sealed class RefreshRegistration(CrmDbContext db, TelnyxClient telnyx, TimeProvider time, ILiveNotifier live)
{
    /// <summary>Stores what Telnyx answered a submission with (no second request), noting who submitted it.</summary>
    public async Task<RegisteredBrand> RecordSubmittedAsync(TenDlcBrand answer, string submittedBy, CancellationToken cancellationToken = default)
    {
        var brand = await ApplyBrandAsync(answer, cancellationToken);
        brand.SubmittedBy = submittedBy;
        await SaveAsync(cancellationToken);
        return brand;
    }

    /// <inheritdoc cref="RecordSubmittedAsync(TenDlcBrand, string, CancellationToken)"/>
    /// <param name="draft">What was submitted, kept so a rejected campaign can be written again from it.</param>
    public async Task<RegisteredCampaign> RecordSubmittedAsync(TenDlcCampaign answer, CampaignDraft draft, string submittedBy, CancellationToken cancellationToken = default)
    {
        var campaign = await ApplyCampaignAsync(answer, cancellationToken);
        campaign.SubmittedBy = submittedBy;
        campaign.SubmittedDraftJson = draft.ToJson();
        await SaveAsync(cancellationToken);
        return campaign;
    }

    public async Task<RegisteredBrand> BrandAsync(string telnyxBrandId, CancellationToken cancellationToken = default)
    {
        var brand = await ApplyBrandAsync(await telnyx.GetBrandAsync(telnyxBrandId, cancellationToken), cancellationToken);
        await SaveAsync(cancellationToken);
        return brand;
    }

    public async Task<RegisteredCampaign> CampaignAsync(string telnyxCampaignId, CancellationToken cancellationToken = default)
    {
        var campaign = await ApplyCampaignAsync(await telnyx.GetCampaignAsync(telnyxCampaignId, cancellationToken), cancellationToken);
        await SaveAsync(cancellationToken);
        return campaign;
    }

    /// <summary>The number's assignment as Telnyx has it; none (404) clears it.</summary>
    public async Task NumberAsync(string phoneNumber, CancellationToken cancellationToken = default)
    {
        PhoneNumberCampaign? assignment;
        try
        {
            assignment = await telnyx.GetPhoneNumberCampaignAsync(phoneNumber, cancellationToken);
        }
        catch (TelnyxApiException e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            assignment = null;
        }
        var numbers = await db.CompanyNumbers.Where(n => n.PhoneNumber == phoneNumber && n.ReleasedAt == null).ToListAsync(cancellationToken);
        foreach (var number in numbers) await ApplyAssignmentAsync(number, assignment, cancellationToken);
        await SaveAsync(cancellationToken);
    }

    /// <summary>Brings the stored campaigns among these into the unit of work in one query: applying many assignments then asks the database once.</summary>
    public Task LoadCampaignsAsync(IReadOnlyCollection<string> telnyxCampaignIds, CancellationToken cancellationToken) =>
        db.RegisteredCampaigns.Where(c => telnyxCampaignIds.Contains(c.TelnyxCampaignId)).LoadAsync(cancellationToken);

    /// <summary>Copies an assignment (or its absence) onto the number, learning its campaign first when it is new here. Does not save.</summary>
    public async Task ApplyAssignmentAsync(CompanyNumber number, PhoneNumberCampaign? assignment, CancellationToken cancellationToken)
    {
        var campaignId = assignment?.CampaignId ?? assignment?.TelnyxCampaignId;
        var gone = assignment is null || campaignId is null || assignment.AssignmentStatus == "PENDING_UNASSIGNMENT";
        var campaign = gone ? null
            : await TrackedOrStoredAsync(db.RegisteredCampaigns, c => c.TelnyxCampaignId == campaignId, cancellationToken)
              ?? await ApplyCampaignAsync(await telnyx.GetCampaignAsync(campaignId!, cancellationToken), cancellationToken);
        var (id, status, active) = gone ? (null, null, false) : (campaignId, assignment!.AssignmentStatus, campaign!.State == RegistrationState.Active);
        if (number.TenDlcCampaignId == id && number.TenDlcAssignmentStatus == status && number.TenDlcCampaignActive == active) return;
        number.TenDlcCampaignId = id;
        number.TenDlcAssignmentStatus = status;
        number.TenDlcCampaignActive = active;
        number.UpdatedAt = time.GetUtcNow().UtcDateTime;
    }

    private async Task<RegisteredBrand> ApplyBrandAsync(TenDlcBrand from, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var brand = await TrackedOrStoredAsync(db.RegisteredBrands, b => b.TelnyxBrandId == from.BrandId, cancellationToken);
        if (brand is null)
            db.RegisteredBrands.Add(brand = new RegisteredBrand { TelnyxBrandId = from.BrandId, DisplayName = from.DisplayName ?? from.BrandId, CreatedAt = now });
        brand.TcrBrandId = from.TcrBrandId ?? brand.TcrBrandId;
        brand.DisplayName = from.DisplayName ?? brand.DisplayName;
        brand.CompanyName = from.CompanyName ?? brand.CompanyName;
        brand.EntityType = from.EntityType ?? brand.EntityType;
        brand.Status = from.Status;
        brand.IdentityStatus = from.IdentityStatus;
        brand.FailureReason = TenDlcFailureReasons.Text(from.FailureReasons);
        if (brand.State == RegistrationState.Active) brand.VettingScore = await VettingScoreAsync(from.BrandId, cancellationToken) ?? brand.VettingScore;
        brand.UpdatedAt = now;
        brand.CheckedAt = now;
        return brand;
    }

    private async Task<RegisteredCampaign> ApplyCampaignAsync(TenDlcCampaign from, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var campaign = await TrackedOrStoredAsync(db.RegisteredCampaigns, c => c.TelnyxCampaignId == from.CampaignId, cancellationToken);
        if (campaign is null)
            db.RegisteredCampaigns.Add(campaign = new RegisteredCampaign
            {
                TelnyxCampaignId = from.CampaignId, TelnyxBrandId = from.BrandId ?? "", UseCase = from.Usecase ?? "", CreatedAt = now,
            });
        campaign.TcrCampaignId = from.TcrCampaignId ?? campaign.TcrCampaignId;
        campaign.TelnyxBrandId = from.BrandId ?? campaign.TelnyxBrandId;
        campaign.UseCase = from.Usecase ?? campaign.UseCase;
        campaign.Description = from.Description ?? campaign.Description;
        campaign.CampaignStatus = from.CampaignStatus;
        campaign.Status = from.Status;
        campaign.FailureReason = TenDlcFailureReasons.Text(from.FailureReasons);
        if (campaign.State == RegistrationState.Active)
        {
            var limits = await CarrierLimitsAsync(from.CampaignId, cancellationToken);
            campaign.AttMessagesPerMinute = limits.AttMessagesPerMinute;
            campaign.AttMessageClass = limits.AttMessageClass;
            campaign.TMobileDailyCap = limits.TMobileDailyCap;
            campaign.TMobileBrandTier = limits.TMobileBrandTier;
        }
        campaign.UpdatedAt = now;
        campaign.CheckedAt = now;

        var active = campaign.State == RegistrationState.Active;
        foreach (var number in await db.CompanyNumbers.Where(n => n.TenDlcCampaignId == from.CampaignId && n.TenDlcCampaignActive != active).ToListAsync(cancellationToken))
        {
            number.TenDlcCampaignActive = active;
            number.UpdatedAt = now;
        }
        if (campaign.TelnyxBrandId.Length > 0
            && await TrackedOrStoredAsync(db.RegisteredBrands, b => b.TelnyxBrandId == campaign.TelnyxBrandId, cancellationToken) is null)
            await ApplyBrandAsync(await telnyx.GetBrandAsync(campaign.TelnyxBrandId, cancellationToken), cancellationToken);
        return campaign;
    }

    /// <summary>One added earlier in this unit of work (not saved yet) is only in Local; one stored before, only in the table.</summary>
    private static async Task<T?> TrackedOrStoredAsync<T>(DbSet<T> set, Expression<Func<T, bool>> match, CancellationToken cancellationToken) where T : class =>
        set.Local.FirstOrDefault(match.Compile()) ?? await set.SingleOrDefaultAsync(match, cancellationToken);

    /// <summary>The latest vetting's score; null when none was done or Telnyx could not say (the brand still registers).</summary>
    private async Task<int?> VettingScoreAsync(string brandId, CancellationToken cancellationToken)
    {
        try
        {
            var vettings = await telnyx.ListBrandVettingsAsync(brandId, cancellationToken);
            return vettings.Where(v => v.VettingScore is not null).OrderByDescending(v => v.CreateDate).Select(v => v.VettingScore).FirstOrDefault();
        }
        catch (TelnyxApiException)
        {
            return null;
        }
    }

    /// <summary>What the carriers granted; unknown when Telnyx could not say (the admin's setting applies then).</summary>
    private async Task<CarrierLimits> CarrierLimitsAsync(string campaignId, CancellationToken cancellationToken)
    {
        try
        {
            return await telnyx.GetCampaignCarrierLimitsAsync(campaignId, cancellationToken);
        }
        catch (TelnyxApiException)
        {
            return CarrierLimits.Unknown;
        }
    }

    private async Task SaveAsync(CancellationToken cancellationToken)
    {
        var numbersChanged = db.ChangeTracker.Entries<CompanyNumber>().Any(e => e.State == EntityState.Modified);
        await db.SaveChangesAsync(cancellationToken);
        await live.PublishRegistrationChangedAsync(cancellationToken);
        if (numbersChanged) await live.PublishChangedAsync(cancellationToken: cancellationToken);
    }
}
