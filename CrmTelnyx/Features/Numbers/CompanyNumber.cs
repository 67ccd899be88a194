using CrmTelnyx.Data;

namespace CrmTelnyx.Features.Numbers;

/// <summary>
/// One of the company's Telnyx numbers, kept in step with Telnyx by sync, orders and webhooks. A released number stays
/// as a row (its messages, calls and costs stay reportable) but is never offered as a sender or caller ID again.
/// </summary>
public sealed class CompanyNumber : IVersioned
{
    public long Id { get; set; }

    /// <summary>Telnyx's phone number id (a numeric string); null only while an order for it is pending.</summary>
    public string? TelnyxId { get; set; }

    /// <summary>+E.164. Unique among numbers not released: a released number may be bought again later as a new row.</summary>
    public required string PhoneNumber { get; set; }

    public string? FriendlyName { get; set; }

    /// <summary>The two-letter state it is assigned to: set by a person, or the state it was searched in, else its area code's.</summary>
    public string? State { get; set; }

    public NumberKind Kind { get; set; }

    public bool CanSms { get; set; }

    public bool CanMms { get; set; }

    public bool CanVoice { get; set; }

    public NumberStatus Status { get; set; }

    /// <summary>Telnyx's own status word (active, purchase-pending, port-pending, deleted, …), for the page's details.</summary>
    public string? TelnyxStatus { get; set; }

    /// <summary>The admin's choice whether blasts may send from it. A health pause is kept apart (<see cref="HealthPaused"/>).</summary>
    public bool BlastsEnabled { get; set; } = true;

    public string? MessagingProfileId { get; set; }

    /// <summary>The Call Control application (connection) inbound calls go to.</summary>
    public string? ConnectionId { get; set; }

    /// <summary>Telnyx's id of the 10DLC campaign it is assigned to (or being assigned to); null when none.</summary>
    public string? TenDlcCampaignId { get; set; }

    /// <summary>Telnyx's assignment status: PENDING_ASSIGNMENT, ASSIGNED, FAILED_ASSIGNMENT, PENDING_UNASSIGNMENT…</summary>
    public string? TenDlcAssignmentStatus { get; set; }

    /// <summary>Whether its campaign may send now (provisioned with the carriers); kept by the 10DLC status updates.</summary>
    public bool TenDlcCampaignActive { get; set; }

    /// <summary>A toll-free number's verification as Telnyx reports it (Verified, In Progress, Rejected…); null when none was found.</summary>
    public string? TollFreeVerificationStatus { get; set; }

    public decimal? MonthlyCost { get; set; }

    public decimal? UpfrontCost { get; set; }

    public string? CostCurrency { get; set; }

    /// <summary>The order it was bought in, when bought through the app.</summary>
    public long? NumberOrderId { get; set; }

    /// <summary>Why its health is flagged ("Delivery 72% over the last 140 texts, below 90%"); null when healthy.</summary>
    public string? HealthProblem { get; set; }

    public DateTime? HealthFlaggedAt { get; set; }

    /// <summary>Kept from blasts by the health check until an admin clears it.</summary>
    public bool HealthPaused { get; set; }

    public DateTime? PurchasedAt { get; set; }

    public DateTime? ReleasedAt { get; set; }

    public DateTime? LastSyncedAt { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    /// <summary>Who saved the last change people made (not sync), for the next conflict message.</summary>
    public string? UpdatedBy { get; set; }

    public long Version { get; set; }

    /// <summary>May send a blast now: active, can text, registered where carriers ask it, the admin allows it and health has not paused it.</summary>
    public bool CanSendBlasts => Status == NumberStatus.Active && CanSms && BlastsEnabled && !HealthPaused && Carriers.CarriersTakeItsTexts;

    /// <summary>Where it stands with US carriers: 10DLC registration or toll-free verification.</summary>
    public CarrierStanding Carriers => new(PhoneNumber, Kind, TenDlcCampaignId, TenDlcAssignmentStatus, TenDlcCampaignActive, TollFreeVerificationStatus);
}

public enum NumberKind
{
    Local,
    TollFree,
    Other,
}

public enum NumberStatus
{
    /// <summary>Ordered; Telnyx has not finished the order yet.</summary>
    Pending,
    Active,
    /// <summary>Telnyx holds it but it cannot be used yet or any more (port pending, emergency-only, …).</summary>
    Inactive,
    Released,
}
