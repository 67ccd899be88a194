using System.Text.Json;
using CrmTelnyx.Features.Contacts;

namespace CrmTelnyx.Features.TextCenter.Blasts;

/// <summary>
/// Who a blast goes to, before suppression. Every part that is set narrows the audience (tags: any of them; states:
/// any of them); nothing set means every contact. A hand-picked selection is the contacts listed, narrowed likewise.
/// </summary>
public sealed record BlastAudience
{
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>Two-letter state codes.</summary>
    public IReadOnlyList<string> States { get; init; } = [];

    public ConsentStatus? Consent { get; init; }

    /// <summary>A filter saved from the contact list (<see cref="SavedContactFilter"/>).</summary>
    public long? SavedFilterId { get; init; }

    /// <summary>Hand-picked contacts; empty means not hand-picked.</summary>
    public IReadOnlyList<long> ContactIds { get; init; } = [];

    /// <summary>
    /// The most contacts a link to the composer carries ("?contacts=4,8,15"): about 4 KB of address, which every
    /// browser and proxy takes. A bigger audience is a saved filter, not a list of ids.
    /// </summary>
    public const int MaxPickedInLink = 500;

    /// <summary>The composer, opened with these hand-picked contacts.</summary>
    public static string PickedLink(IEnumerable<long> contactIds) => "/text-center/blasts/new?contacts=" + string.Join(",", contactIds.Order());

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static BlastAudience FromJson(string json) => JsonSerializer.Deserialize<BlastAudience>(json, Json) ?? new BlastAudience();
}
