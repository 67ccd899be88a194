using CrmTelnyx.Phones;

namespace CrmTelnyx.Features.Numbers;

/// <summary>What a person searches Telnyx's available numbers by; the buy page's form binds to it.</summary>
public sealed class NumberSearch
{
    public const int MaxCityLength = 60;
    public const int MaxContainsLength = 10;

    /// <summary>Two-letter state; ignored for toll-free numbers, which belong to no state.</summary>
    public string? State { get; set; }
    public string? AreaCode { get; set; }
    public string? City { get; set; }
    /// <summary>Digits the number must contain.</summary>
    public string? Contains { get; set; }
    public bool Sms { get; set; } = true;
    public bool Mms { get; set; }
    public bool Voice { get; set; } = true;
    public NumberKind Kind { get; set; } = NumberKind.Local;

    /// <summary>The state a local search is for, or null; the numbers bought from it are assigned to it.</summary>
    public string? SearchedState => Kind == NumberKind.TollFree ? null : Trimmed(State)?.ToUpperInvariant();

    public static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>Null when the search can be sent, else the first thing to fix.</summary>
    public string? Problem() =>
        StateError(State) ?? AreaCodeProblem(AreaCode) ?? CityError(City) ?? ContainsError(Contains)
        ?? (Kind == NumberKind.Local && SearchedState is null && Trimmed(AreaCode) is null && Trimmed(City) is null
            ? "Choose a state, an area code or a city." : null);

    public static string? StateError(string? state) =>
        Trimmed(state) is { } s && !NumberStates.IsChoice(s.ToUpperInvariant()) ? $"{s} is not a US state." : null;

    public static string? AreaCodeError(string? areaCode) =>
        Trimmed(areaCode) is { } code && (code.Length != 3 || !code.All(char.IsAsciiDigit)) ? "An area code is 3 digits, e.g. 312." : null;

    public static string? CityError(string? city) => Trimmed(city) switch
    {
        null => null,
        { Length: > MaxCityLength } => $"At most {MaxCityLength} characters.",
        var c when !c.All(ch => char.IsLetter(ch) || ch is ' ' or '.' or '\'' or '-') => "Letters only, e.g. Chicago.",
        _ => null,
    };

    public static string? ContainsError(string? contains) => Trimmed(contains) switch
    {
        null => null,
        var c when !c.All(char.IsAsciiDigit) => "Digits only, e.g. 2024.",
        { Length: > MaxContainsLength } => $"At most {MaxContainsLength} digits.",
        _ => null,
    };

    /// <summary>An area code must be 3 digits and fit the type and the state chosen beside it, or the search would find nothing.</summary>
    public string? AreaCodeProblem(string? areaCode)
    {
        if (AreaCodeError(areaCode) is { } error) return error;
        if (Trimmed(areaCode) is not { } code) return null;
        var tollFree = TollFreeNumbers.IsTollFree($"+1{code}5550100");
        if (Kind == NumberKind.TollFree) return tollFree ? null : $"{code} is not a toll-free prefix (800, 833, 844, 855, 866, 877, 888).";
        if (tollFree) return $"{code} is toll-free: choose the toll-free type.";
        var info = NanpAreaCodes.Find(code);
        if (info is null) return $"{code} is not a US area code.";
        return SearchedState is { } state && info.Region != state ? $"{code} is in {info.Region}, not {state}." : null;
    }

    /// <summary>The same search written the same way whatever the spacing or case, for the cache.</summary>
    public string CacheKey() =>
        string.Join('|', "numbers-search", Kind, SearchedState, Trimmed(AreaCode), Kind == NumberKind.TollFree ? null : Trimmed(City)?.ToUpperInvariant(),
            Trimmed(Contains), Sms, Mms, Voice);
}
