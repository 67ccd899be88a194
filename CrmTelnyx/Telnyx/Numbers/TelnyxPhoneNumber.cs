namespace CrmTelnyx.Telnyx;

/// <summary>A number the account owns. <see cref="Id"/> is a numeric string; <see cref="Status"/> e.g. active, purchase-pending.</summary>
public sealed record TelnyxPhoneNumber(string Id, string PhoneNumber, string? Status)
{
    public string? PhoneNumberType { get; init; }
    public string? CountryIsoAlpha2 { get; init; }
    public string? ConnectionId { get; init; }
    public string? ConnectionName { get; init; }
    public string? MessagingProfileId { get; init; }
    public string? MessagingProfileName { get; init; }
    public string? BillingGroupId { get; init; }
    public IReadOnlyList<string> Tags { get; init; } = [];
    public string? CustomerReference { get; init; }
    public DateTimeOffset? PurchasedAt { get; init; }
    public DateTimeOffset? CreatedAt { get; init; }
    public DateTimeOffset? UpdatedAt { get; init; }
}
