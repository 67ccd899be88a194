namespace CrmTelnyx.Sandbox.Numbers;

/// <summary>
/// Invents the numbers a search offers: the same area code (or state) always yields the same list, so tests and people
/// can rely on it. Numbers that a failure rule would catch (ending 0000–0003, landline 90xx) are never offered.
/// </summary>
public static class AvailableNumberGenerator
{
    public sealed record Candidate(string PhoneNumber, string AreaCode, string? State, string? RateCenter);

    public static readonly IReadOnlyDictionary<string, string[]> AreaCodesByState = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase)
    {
        ["IL"] = ["312", "773", "630"], ["NY"] = ["212", "718", "917"], ["CA"] = ["415", "213", "310"],
        ["TX"] = ["512", "214", "713"], ["FL"] = ["305", "407", "813"], ["WA"] = ["206", "425"],
        ["MA"] = ["617", "781"], ["CO"] = ["303", "970"], ["GA"] = ["404", "678"], ["AZ"] = ["602", "480"],
    };

    private static readonly IReadOnlyDictionary<string, string> RateCenters = new Dictionary<string, string>
    {
        ["312"] = "CHICAGO", ["773"] = "CHICAGO", ["630"] = "NAPERVILLE", ["212"] = "NEW YORK", ["718"] = "BROOKLYN",
        ["917"] = "NEW YORK", ["415"] = "SAN FRANCISCO", ["213"] = "LOS ANGELES", ["310"] = "SANTA MONICA",
        ["512"] = "AUSTIN", ["214"] = "DALLAS", ["713"] = "HOUSTON", ["305"] = "MIAMI", ["407"] = "ORLANDO",
        ["813"] = "TAMPA", ["206"] = "SEATTLE", ["425"] = "BELLEVUE", ["617"] = "BOSTON", ["781"] = "LEXINGTON",
        ["303"] = "DENVER", ["970"] = "FORT COLLINS", ["404"] = "ATLANTA", ["678"] = "ATLANTA", ["602"] = "PHOENIX", ["480"] = "MESA",
    };

    /// <summary>The toll-free prefixes in use in North America; such numbers belong to no state or city.</summary>
    public static readonly IReadOnlyList<string> TollFreePrefixes = ["800", "833", "844", "855", "866", "877", "888"];

    public static bool IsTollFree(string e164) =>
        e164.Length == 12 && e164.StartsWith("+1", StringComparison.Ordinal) && TollFreePrefixes.Contains(e164.Substring(2, 3));

    /// <summary>Area codes whose rate center is the city (filter[locality]), case-insensitively.</summary>
    public static IReadOnlyList<string> AreaCodesOfCity(string city) =>
        RateCenters.Where(r => string.Equals(r.Value, city.Trim(), StringComparison.OrdinalIgnoreCase)).Select(r => r.Key).Order().ToList();

    public static string? StateOf(string areaCode) =>
        AreaCodesByState.FirstOrDefault(s => s.Value.Contains(areaCode)).Key;

    /// <summary>An endless, repeatable sequence of candidates for one area code.</summary>
    public static IEnumerable<Candidate> ForAreaCode(string areaCode)
    {
        var random = new Random(StableSeed(areaCode));
        var state = StateOf(areaCode);
        var rateCenter = RateCenters.GetValueOrDefault(areaCode);
        while (true)
        {
            var exchange = random.Next(200, 1000);
            var line = random.Next(1000, 9000);
            if (exchange % 100 == 11) continue; // N11 exchanges are service codes, never subscriber numbers.
            yield return new Candidate($"+1{areaCode}{exchange:D3}{line:D4}", areaCode, state, rateCenter);
        }
    }

    /// <summary>Candidates across a state's area codes, taken in turn.</summary>
    public static IEnumerable<Candidate> ForState(string state) =>
        ForAreaCodes(AreaCodesByState.GetValueOrDefault(state) ?? [AreaCodeFor(state)]).Select(c => c with { State = state.ToUpperInvariant() });

    /// <summary>Candidates across several area codes, taken in turn.</summary>
    public static IEnumerable<Candidate> ForAreaCodes(IReadOnlyList<string> codes)
    {
        if (codes.Count == 0) yield break;
        var sequences = codes.Select(c => ForAreaCode(c).GetEnumerator()).ToList();
        while (true)
            foreach (var sequence in sequences)
            {
                sequence.MoveNext();
                yield return sequence.Current;
            }
    }

    /// <summary>Toll-free candidates: one prefix, or all of them in turn. They have no state and no rate center.</summary>
    public static IEnumerable<Candidate> ForTollFree(string? prefix = null) =>
        ForAreaCodes(prefix is null ? TollFreePrefixes : [prefix]).Select(c => c with { State = null, RateCenter = null });

    /// <summary>A made-up but repeatable area code for a state the table does not know.</summary>
    private static string AreaCodeFor(string state) => (200 + StableSeed(state.ToUpperInvariant()) % 800).ToString();

    private static int StableSeed(string text)
    {
        unchecked
        {
            var hash = (int)2166136261;
            foreach (var c in text) hash = (hash ^ c) * 16777619;
            return hash & int.MaxValue;
        }
    }
}
