using System.Text.Json.Serialization;

namespace CrmTelnyx.Telnyx;

/// <summary>
/// A toll-free verification request (<c>GET /v2/messaging_tollfree/verification/requests</c>): toll-free numbers are not
/// 10DLC, they are verified instead, and carriers refuse texts from an unverified one (40329). Fields are camelCase.
/// <see cref="VerificationStatus"/>: Verified, Rejected, In Progress, Waiting For Vendor/Customer/Telnyx.
/// </summary>
public sealed record TollFreeVerification(string Id)
{
    public IReadOnlyList<TollFreeVerificationNumber> PhoneNumbers { get; init; } = [];
    public string? VerificationStatus { get; init; }
    public string? Reason { get; init; }
    public string? CreatedAt { get; init; }
    public string? UpdatedAt { get; init; }

    public const string Verified = "Verified";
}

public sealed record TollFreeVerificationNumber(string PhoneNumber);

/// <summary>A page of verification requests: <c>{records, total_records}</c>, the total in snake_case unlike the records.</summary>
public sealed record TollFreeVerificationPage(IReadOnlyList<TollFreeVerification>? Records)
{
    [JsonPropertyName("total_records")]
    public int TotalRecords { get; init; }
}
