namespace CrmTelnyx.Telnyx;

/// <summary>A number order; also the payload of the number_order.complete webhook. Status: pending, success or failure.</summary>
public sealed record TelnyxNumberOrder(string Id, string? Status)
{
    public IReadOnlyList<NumberOrderPhoneNumber> PhoneNumbers { get; init; } = [];
    public int? PhoneNumbersCount { get; init; }
    public bool? RequirementsMet { get; init; }
    public string? ConnectionId { get; init; }
    public string? MessagingProfileId { get; init; }
    public string? BillingGroupId { get; init; }
    public string? CustomerReference { get; init; }
    public DateTimeOffset? CreatedAt { get; init; }
    public DateTimeOffset? UpdatedAt { get; init; }
}

public sealed record NumberOrderPhoneNumber(string? Id, string PhoneNumber, string? Status)
{
    public string? PhoneNumberType { get; init; }
    public string? CountryCode { get; init; }
    public bool? RequirementsMet { get; init; }
}
