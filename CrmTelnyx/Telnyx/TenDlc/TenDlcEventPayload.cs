using System.Text.Json;

namespace CrmTelnyx.Telnyx;

/// <summary>
/// What a <c>10dlc.brand.update</c>, <c>10dlc.campaign.update</c> or <c>10dlc.phone_number.update</c> names. 10DLC
/// payloads are camelCase (<c>brandId</c>); snake_case is read too, as the docs show both.
/// </summary>
public sealed record TenDlcEventPayload(string? BrandId, string? CampaignId, string? PhoneNumber, string? Status)
{
    public static TenDlcEventPayload From(JsonElement payload) => payload.ValueKind != JsonValueKind.Object
        ? new(null, null, null, null)
        : new(Text(payload, "brandId", "brand_id"), Text(payload, "campaignId", "campaign_id"),
            Text(payload, "phoneNumber", "phone_number"), Text(payload, "status", "status"));

    private static string? Text(JsonElement e, string camel, string snake) =>
        (e.TryGetProperty(camel, out var v) || e.TryGetProperty(snake, out v)) && v.ValueKind == JsonValueKind.String && v.GetString() is { Length: > 0 } s ? s : null;
}
