namespace CrmTelnyx.Features.Numbers;

/// <summary>A number Telnyx offers for sale, as the buy page shows it and the order records it.</summary>
public sealed record NumberOffer(
    string PhoneNumber, NumberKind Kind, string? City, string? State, bool Sms, bool Mms, bool Voice,
    decimal? MonthlyCost, decimal? UpfrontCost, string Currency);
