namespace CrmTelnyx.Telnyx;

/// <summary>Filters of <c>GET /v2/available_phone_numbers</c>; empty ones are left out.</summary>
public sealed record AvailableNumberSearch
{
    public string CountryCode { get; init; } = "US";
    /// <summary>The area code (national_destination_code).</summary>
    public string? AreaCode { get; init; }
    /// <summary>US state or CA province (administrative_area), e.g. "IL".</summary>
    public string? State { get; init; }
    /// <summary>City (locality).</summary>
    public string? City { get; init; }
    /// <summary>Digits the number must contain.</summary>
    public string? Contains { get; init; }
    /// <summary>sms, mms, voice, fax, …</summary>
    public IReadOnlyList<string> Features { get; init; } = [];
    /// <summary>local, toll_free, mobile, national or shared_cost.</summary>
    public string? NumberType { get; init; }
    public int? Limit { get; init; }

    public string ToPath() => new TelnyxQuery("available_phone_numbers")
        .Add("filter[country_code]", CountryCode)
        .Add("filter[national_destination_code]", AreaCode)
        .Add("filter[administrative_area]", State)
        .Add("filter[locality]", City)
        .Add("filter[phone_number][contains]", Contains)
        .Add("filter[features]", Features)
        .Add("filter[phone_number_type]", NumberType)
        .Add("filter[limit]", Limit)
        .ToString();
}
