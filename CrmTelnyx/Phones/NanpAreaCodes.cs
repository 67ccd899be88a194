using System.Collections.Frozen;

namespace CrmTelnyx.Phones;

/// <summary>
/// The geographic US/Canada area codes shipped in nanp-area-codes.csv, read once on first use. Whether a number is
/// valid is libphonenumber's call; this table holds what the library lacks: the state or province (the contact's state)
/// and time zone of each area code, and overlays announced before the library lists them (numbers in those are accepted).
/// It is kept by hand from NANPA assignments: when a new overlay is announced, add its row; the CSV tests check order,
/// uniqueness, that every time zone resolves and that every area code the library knows has a row.
/// </summary>
public static class NanpAreaCodes
{
    internal const string ResourceName = "CrmTelnyx.Phones.nanp-area-codes.csv";

    private static readonly Lazy<AreaCodeTable> Table = new(AreaCodeTable.Load);

    /// <summary>Every row, ascending by area code.</summary>
    public static IReadOnlyCollection<AreaCodeInfo> All => Table.Value.All;

    /// <summary>Two-letter regions that have at least one area code, sorted.</summary>
    public static IReadOnlyCollection<string> Regions => Table.Value.Regions;

    public static AreaCodeInfo? Find(string areaCode) =>
        Table.Value.ByAreaCode.GetValueOrDefault(areaCode.Trim());

    /// <summary>The area code of a +1 E.164 number such as "+12125551234"; null for anything else.</summary>
    public static AreaCodeInfo? ForE164(string e164) =>
        e164.Length == 12 && e164.StartsWith("+1", StringComparison.Ordinal)
            ? Find(e164.Substring(2, 3))
            : null;

    /// <summary>Area codes of one state or province, ascending; empty when the region is unknown.</summary>
    public static IReadOnlyList<string> AreaCodesIn(string region) =>
        Table.Value.ByRegion.GetValueOrDefault(region.Trim().ToUpperInvariant()) ?? [];

    private sealed record AreaCodeTable(
        IReadOnlyList<AreaCodeInfo> All,
        FrozenDictionary<string, AreaCodeInfo> ByAreaCode,
        FrozenDictionary<string, IReadOnlyList<string>> ByRegion,
        IReadOnlyList<string> Regions)
    {
        public static AreaCodeTable Load()
        {
            var rows = AreaCodeCsv.Read(OpenResource());
            var byAreaCode = new Dictionary<string, AreaCodeInfo>();
            foreach (var row in rows)
            {
                // A duplicate would silently pick a state for billing and quiet hours: fail loudly instead.
                if (!byAreaCode.TryAdd(row.AreaCode, row))
                    throw new InvalidDataException($"{ResourceName}: area code {row.AreaCode} is listed twice.");
            }

            var byRegion = rows
                .GroupBy(row => row.Region)
                .ToDictionary(
                    g => g.Key,
                    g => (IReadOnlyList<string>)g.Select(row => row.AreaCode).Order(StringComparer.Ordinal).ToList().AsReadOnly());

            return new AreaCodeTable(
                byAreaCode.Values.OrderBy(row => row.AreaCode, StringComparer.Ordinal).ToList().AsReadOnly(),
                byAreaCode.ToFrozenDictionary(),
                byRegion.ToFrozenDictionary(),
                byRegion.Keys.Order(StringComparer.Ordinal).ToList().AsReadOnly());
        }

        private static Stream OpenResource() =>
            typeof(NanpAreaCodes).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException(
                $"Embedded resource {ResourceName} is missing: check the EmbeddedResource item in CrmTelnyx.csproj.");
    }
}
