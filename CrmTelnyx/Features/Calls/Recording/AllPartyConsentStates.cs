using System.Collections.Frozen;

namespace CrmTelnyx.Features.Calls.Recording;

/// <summary>
/// The states in all-party-consent-states.csv, read once on first use. Kept by hand from the statutes in its source
/// column (the pages each row was checked against, and when, are in docs/recording-consent.md); it is not legal advice,
/// and a doubtful state (Michigan, Delaware) is listed so the careful thing happens.
/// The file is ours, so a bad line is a bug to report, not skip.
/// </summary>
public static class AllPartyConsentStates
{
    internal const string ResourceName = "CrmTelnyx.Features.Calls.Recording.all-party-consent-states.csv";
    internal const string Header = "state,name,phone_calls,note,source";

    private static readonly Lazy<FrozenDictionary<string, AllPartyConsentState>> Table = new(Load);

    /// <summary>Every row, ascending by state.</summary>
    public static IReadOnlyCollection<AllPartyConsentState> All => Table.Value.Values.OrderBy(row => row.State, StringComparer.Ordinal).ToList();

    /// <summary>The row for a two-letter code; null for a state that needs only one party's consent, or not a state.</summary>
    public static AllPartyConsentState? Find(string state) => Table.Value.GetValueOrDefault(state.Trim().ToUpperInvariant());

    private static FrozenDictionary<string, AllPartyConsentState> Load()
    {
        using var stream = typeof(AllPartyConsentStates).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException(
                $"Embedded resource {ResourceName} is missing: check the EmbeddedResource item in CrmTelnyx.csproj.");
        using var reader = new StreamReader(stream);
        if (reader.ReadLine()?.Trim() != Header)
            throw new InvalidDataException($"{ResourceName}: the first line must be '{Header}'.");

        var rows = new Dictionary<string, AllPartyConsentState>();
        var lineNumber = 1;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0)
                continue;
            // Notes avoid commas, so a plain split reads the file; a comma in a note shows up here as a wrong field count.
            var fields = line.Split(',').Select(field => field.Trim()).ToArray();
            if (fields.Length != 5 || fields.Any(field => field.Length == 0) || fields[2] is not ("true" or "false"))
                throw new InvalidDataException(
                    $"{ResourceName} line {lineNumber}: expected 5 fields ({Header}) with phone_calls true or false, got '{line}'.");
            var row = new AllPartyConsentState(fields[0], fields[1], fields[2] == "true", fields[3], fields[4]);
            if (!rows.TryAdd(row.State, row))
                throw new InvalidDataException($"{ResourceName}: {row.State} is listed twice.");
        }
        return rows.ToFrozenDictionary();
    }
}
