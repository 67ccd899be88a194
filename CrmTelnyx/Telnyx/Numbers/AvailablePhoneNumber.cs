namespace CrmTelnyx.Telnyx;

public sealed record AvailablePhoneNumber(string PhoneNumber)
{
    public IReadOnlyList<RegionInformation> RegionInformation { get; init; } = [];
    public NumberCostInformation? CostInformation { get; init; }
    public IReadOnlyList<NumberFeature> Features { get; init; } = [];
    public bool? BestEffort { get; init; }
    public bool? Quickship { get; init; }
    public bool? Reservable { get; init; }

    public string? Region(string regionType) => RegionInformation.FirstOrDefault(r => r.RegionType == regionType)?.RegionName;
}

/// <summary><see cref="RegionType"/> is country_code, rate_center, state or location.</summary>
public sealed record RegionInformation(string? RegionType, string? RegionName);

public sealed record NumberCostInformation(decimal? UpfrontCost, decimal? MonthlyCost, string? Currency);

public sealed record NumberFeature(string Name);
