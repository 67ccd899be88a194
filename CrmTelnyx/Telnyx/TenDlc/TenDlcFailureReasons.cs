using System.Text.Json;

namespace CrmTelnyx.Telnyx;

/// <summary>10DLC <c>failureReasons</c> come as a string, an array of strings, or an array of objects with a description: one sentence for people.</summary>
public static class TenDlcFailureReasons
{
    public static string? Text(JsonElement? reasons)
    {
        if (reasons is not { } r) return null;
        var parts = r.ValueKind switch
        {
            JsonValueKind.String => [r.GetString()],
            JsonValueKind.Array => r.EnumerateArray().Select(Describe),
            JsonValueKind.Object => [Describe(r)],
            _ => [],
        };
        var text = string.Join(" ", parts.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p!.Trim()));
        return text.Length == 0 ? null : text;
    }

    private static string? Describe(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.String => e.GetString(),
        JsonValueKind.Object => new[] { "description", "reason", "message", "detail" }
            .Select(n => e.TryGetProperty(n, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null)
            .FirstOrDefault(v => !string.IsNullOrWhiteSpace(v)),
        _ => null,
    };
}
