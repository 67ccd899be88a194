using System.Text.Json;

namespace CrmTelnyx.Telnyx;

/// <summary>
/// What the carriers granted a 10DLC campaign, read from <c>GET /10dlc/campaign/{id}/mnoMetadata</c>: AT&amp;T counts
/// texts per minute by message class (shared by the campaign's numbers), T-Mobile caps texts per day per brand.
/// Null where the carrier did not say.
/// </summary>
public sealed record CarrierLimits(int? AttMessagesPerMinute, string? AttMessageClass, int? TMobileDailyCap, string? TMobileBrandTier)
{
    public static readonly CarrierLimits Unknown = new(null, null, null, null);

    /// <summary>Carriers are keyed by network id ("10017" AT&amp;T, "10035" T-Mobile); each entry names its carrier in <c>mno</c>, which is what is matched.</summary>
    public static CarrierLimits FromMnoMetadata(JsonElement root)
    {
        if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("mnoMetadata", out var wrapped)) root = wrapped;
        if (root.ValueKind != JsonValueKind.Object) return Unknown;
        var limits = Unknown;
        foreach (var carrier in root.EnumerateObject().Select(p => p.Value).Where(v => v.ValueKind == JsonValueKind.Object))
        {
            var mno = Text(carrier, "mno") ?? "";
            if (mno.Contains("AT&T", StringComparison.OrdinalIgnoreCase))
                limits = limits with { AttMessagesPerMinute = Number(carrier, "tpm"), AttMessageClass = Text(carrier, "msgClass") };
            else if (mno.Contains("T-Mobile", StringComparison.OrdinalIgnoreCase))
                limits = limits with { TMobileDailyCap = Number(carrier, "brandDailyCap"), TMobileBrandTier = Text(carrier, "brandTier") };
        }
        return limits;
    }

    private static string? Text(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static int? Number(JsonElement e, string name) =>
        !e.TryGetProperty(name, out var v) ? null
        : v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var n) ? n
        : v.ValueKind == JsonValueKind.String && int.TryParse(v.GetString(), out var s) ? s
        : null;
}
