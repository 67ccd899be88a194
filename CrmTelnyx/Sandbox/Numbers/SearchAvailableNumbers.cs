using CrmTelnyx.Sandbox.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CrmTelnyx.Sandbox.Numbers;

/// <summary>
/// GET /v2/available_phone_numbers with filter[national_destination_code], [administrative_area], [locality] (the rate
/// center's city), [phone_number][starts_with|contains|ends_with], [features], [phone_number_type] (local or toll_free), [limit].
/// </summary>
public static class SearchAvailableNumbers
{
    private static readonly string[] Features = ["sms", "mms", "voice"];

    public static async Task<IResult> HandleAsync(HttpRequest request, SandboxDbContext db, IOptions<SandboxOptions> options)
    {
        var query = request.Query;
        var country = query["filter[country_code]"].ToString();
        var areaCode = query["filter[national_destination_code]"].ToString();
        var state = query["filter[administrative_area]"].ToString();
        var city = query["filter[locality]"].ToString().Trim();
        var startsWith = query["filter[phone_number][starts_with]"].ToString();
        var contains = query["filter[phone_number][contains]"].ToString();
        var endsWith = query["filter[phone_number][ends_with]"].ToString();
        var limit = int.TryParse(query["filter[limit]"], out var l) && l > 0 ? Math.Min(l, 100) : 20;
        var wanted = query["filter[features]"].Concat(query["filter[features][]"])
            .SelectMany(f => (f ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();

        if (areaCode.Length > 0 && (areaCode.Length != 3 || !areaCode.All(char.IsAsciiDigit)))
            return SandboxErrors.Result(400, "10015", "Bad Request", "national_destination_code must be a 3-digit US area code.", parameter: "filter[national_destination_code]");
        var type = query["filter[phone_number_type]"].ToString();
        if (type.Length == 0) type = query["filter[number_type]"].ToString();
        // US local and toll-free numbers are stocked, with these features; anything else finds nothing.
        var tollFreeCode = areaCode.Length > 0 && AvailableNumberGenerator.TollFreePrefixes.Contains(areaCode);
        var tollFree = type == "toll_free" || (type.Length == 0 && tollFreeCode);
        if ((country.Length > 0 && !country.Equals("US", StringComparison.OrdinalIgnoreCase)) || wanted.Any(f => !Features.Contains(f))
            || (type.Length > 0 && type is not ("local" or "toll_free")))
            return Result([], options.Value);

        IEnumerable<AvailableNumberGenerator.Candidate> candidates;
        if (tollFree)
        {
            // A toll-free number has no state or city, and is never in a geographic area code.
            if (state.Length > 0 || city.Length > 0 || (areaCode.Length > 0 && !tollFreeCode)) return Result([], options.Value);
            candidates = AvailableNumberGenerator.ForTollFree(areaCode.Length > 0 ? areaCode : null);
        }
        else if (tollFreeCode) return Result([], options.Value);
        else candidates = areaCode.Length > 0 ? AvailableNumberGenerator.ForAreaCode(areaCode)
            : state.Length > 0 ? AvailableNumberGenerator.ForState(state)
            : city.Length > 0 ? AvailableNumberGenerator.ForAreaCodes(AvailableNumberGenerator.AreaCodesOfCity(city))
            : AvailableNumberGenerator.ForState("IL");

        var owned = (await db.PhoneNumbers.Where(n => n.Status == "active").Select(n => n.PhoneNumber).ToListAsync()).ToHashSet();
        var found = candidates.Take(5000)
            .Where(c => !owned.Contains(c.PhoneNumber))
            .Where(c => state.Length == 0 || string.Equals(c.State, state, StringComparison.OrdinalIgnoreCase))
            .Where(c => city.Length == 0 || string.Equals(c.RateCenter, city, StringComparison.OrdinalIgnoreCase))
            .Where(c => startsWith.Length == 0 || c.PhoneNumber.TrimStart('+').StartsWith(startsWith.TrimStart('+'), StringComparison.Ordinal) || c.PhoneNumber[2..].StartsWith(startsWith, StringComparison.Ordinal))
            .Where(c => contains.Length == 0 || c.PhoneNumber.Contains(contains, StringComparison.Ordinal))
            .Where(c => endsWith.Length == 0 || c.PhoneNumber.EndsWith(endsWith, StringComparison.Ordinal))
            .DistinctBy(c => c.PhoneNumber)
            .Take(limit)
            .ToList();
        return Result(found, options.Value);
    }

    private static IResult Result(List<AvailableNumberGenerator.Candidate> found, SandboxOptions options)
    {
        var data = found.Select(c => new
        {
            record_type = "available_phone_number",
            phone_number = c.PhoneNumber,
            vanity_format = "",
            best_effort = false,
            quickship = true,
            reservable = true,
            region_information = new[]
            {
                new { region_type = "country_code", region_name = "US" },
                new { region_type = "state", region_name = c.State ?? "" },
                new { region_type = "rate_center", region_name = c.RateCenter ?? "" },
                new { region_type = "location", region_name = c.RateCenter is null ? "" : $"{c.RateCenter}, {c.State}" },
            }.Where(r => r.region_name.Length > 0),
            cost_information = new { upfront_cost = SandboxJson.Money2(options.NumberUpfrontCost), monthly_cost = SandboxJson.Money2(options.NumberMonthlyCost), currency = "USD" },
            features = Features.Select(f => new { name = f }),
        }).ToList();
        return TypedResults.Json(new { data, meta = new { total_results = data.Count, best_effort_results = 0 } }, SandboxJson.Options);
    }
}
