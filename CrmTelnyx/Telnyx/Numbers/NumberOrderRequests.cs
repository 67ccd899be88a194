namespace CrmTelnyx.Telnyx;

/// <summary>Body of <c>POST /v2/number_orders</c>.</summary>
public sealed record CreateNumberOrderRequest(IReadOnlyList<NumberOrderItem> PhoneNumbers)
{
    public string? ConnectionId { get; init; }
    public string? MessagingProfileId { get; init; }
    public string? BillingGroupId { get; init; }
    public string? CustomerReference { get; init; }
}

public sealed record NumberOrderItem(string PhoneNumber);
