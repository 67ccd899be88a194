namespace CrmTelnyx.Features.Compliance.TenDlc.Campaigns;

/// <summary>
/// A 10DLC campaign as Telnyx last told us, with what the carriers granted it. Numbers point at it by
/// <see cref="TelnyxCampaignId"/> (<c>CompanyNumber.TenDlcCampaignId</c>).
/// </summary>
public sealed class RegisteredCampaign
{
    public long Id { get; set; }

    public required string TelnyxCampaignId { get; set; }

    public string? TcrCampaignId { get; set; }

    public required string TelnyxBrandId { get; set; }

    /// <summary>Telnyx's use case name (MARKETING, CUSTOMER_CARE, 2FA…).</summary>
    public required string UseCase { get; set; }

    public string Description { get; set; } = "";

    /// <summary>TCR_PENDING … MNO_PROVISIONED, or a failure such as MNO_REJECTED.</summary>
    public string? CampaignStatus { get; set; }

    /// <summary>ACTIVE or EXPIRED.</summary>
    public string? Status { get; set; }

    public string? FailureReason { get; set; }

    /// <summary>AT&amp;T's texts per minute for the whole campaign, as Telnyx reports it.</summary>
    public int? AttMessagesPerMinute { get; set; }

    public string? AttMessageClass { get; set; }

    /// <summary>T-Mobile's texts per day for the brand.</summary>
    public int? TMobileDailyCap { get; set; }

    public string? TMobileBrandTier { get; set; }

    /// <summary>An admin's texts per minute for the campaign, used when Telnyx does not report AT&amp;T's figure.</summary>
    public int? MessagesPerMinuteSetting { get; set; }

    public string? SubmittedBy { get; set; }

    /// <summary>The campaign as this app submitted it (<see cref="CampaignDraft.ToJson"/>), so a rejected one can be written again from it; null when submitted elsewhere.</summary>
    public string? SubmittedDraftJson { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    public DateTime? CheckedAt { get; set; }

    public RegistrationState State => CampaignStates.Of(CampaignStatus, Status);
}
