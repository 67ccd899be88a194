using CrmTelnyx.Features.Contacts;
using CrmTelnyx.Phones;

namespace CrmTelnyx.Features.Numbers;

/// <summary>The states (and territories) a number may be assigned to: every US region with an area code, by name.</summary>
public static class NumberStates
{
    public sealed record Choice(string Code, string Name);

    public static IReadOnlyList<Choice> All { get; } = NanpAreaCodes.All
        .Where(a => a.Country == "US").Select(a => a.Region).Distinct()
        .Select(code => new Choice(code, StateNames.NameOf(code) ?? code))
        .OrderBy(c => c.Name, StringComparer.Ordinal).ToList();

    private static readonly HashSet<string> Codes = All.Select(c => c.Code).ToHashSet(StringComparer.Ordinal);

    public static bool IsChoice(string code) => Codes.Contains(code);

    /// <summary>The state (or province) of the number's area code, as a sync assigns it; null for a toll-free number.</summary>
    public static string? OfAreaCode(string e164) => NanpAreaCodes.ForE164(e164)?.Region;

    /// <summary>"New York (NY)", or "—" for none.</summary>
    public static string Describe(string? code) =>
        string.IsNullOrEmpty(code) ? "—" : StateNames.NameOf(code) is { } name ? $"{name} ({code})" : code;
}
