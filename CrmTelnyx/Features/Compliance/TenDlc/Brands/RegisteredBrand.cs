namespace CrmTelnyx.Features.Compliance.TenDlc.Brands;

/// <summary>
/// A 10DLC brand as Telnyx last told us: submitted from the brand wizard, or found on the account by the number sync.
/// Its status words are Telnyx's own; <see cref="State"/> is what people see.
/// </summary>
public sealed class RegisteredBrand
{
    public long Id { get; set; }

    public required string TelnyxBrandId { get; set; }

    public string? TcrBrandId { get; set; }

    public required string DisplayName { get; set; }

    public string? CompanyName { get; set; }

    /// <summary>PRIVATE_PROFIT, PUBLIC_PROFIT, NON_PROFIT, GOVERNMENT or SOLE_PROPRIETOR.</summary>
    public string? EntityType { get; set; }

    /// <summary>OK, REGISTRATION_PENDING or REGISTRATION_FAILED.</summary>
    public string? Status { get; set; }

    /// <summary>VERIFIED, UNVERIFIED, SELF_DECLARED or VETTED_VERIFIED.</summary>
    public string? IdentityStatus { get; set; }

    /// <summary>The external vetting score (0–100), when a vetting was done: it sets the carriers' throughput class.</summary>
    public int? VettingScore { get; set; }

    /// <summary>Telnyx's reasons, in words, when registration failed.</summary>
    public string? FailureReason { get; set; }

    public string? SubmittedBy { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    /// <summary>When Telnyx was last asked (after a webhook or by the poll).</summary>
    public DateTime? CheckedAt { get; set; }

    public RegistrationState State => Status switch
    {
        "OK" => RegistrationState.Active,
        "REGISTRATION_FAILED" => RegistrationState.Rejected,
        _ => RegistrationState.Pending,
    };

    public bool IsSoleProprietor => EntityType == "SOLE_PROPRIETOR";
}
