using System.Text.Json;
using System.Text.Json.Nodes;
using CrmTelnyx.Sandbox.Store;

namespace CrmTelnyx.Sandbox.Numbers;

/// <summary>PATCH /v2/phone_numbers/{id}/voice: fields given replace the stored ones, null or omitted fields stay.</summary>
public static class UpdateVoiceSettings
{
    private static JsonObject Defaults() => new()
    {
        ["tech_prefix_enabled"] = false,
        ["translated_number"] = "",
        ["caller_id_name_enabled"] = false,
        ["call_forwarding"] = new JsonObject { ["call_forwarding_enabled"] = true, ["forwards_to"] = null, ["forwarding_type"] = null },
        ["call_recording"] = new JsonObject
        {
            ["inbound_call_recording_enabled"] = false, ["inbound_call_recording_format"] = "wav", ["inbound_call_recording_channels"] = "single",
        },
        ["cnam_listing"] = new JsonObject { ["cnam_listing_enabled"] = false, ["cnam_listing_details"] = null },
        ["media_features"] = new JsonObject { ["rtp_auto_adjust_enabled"] = true, ["accept_any_rtp_packets_enabled"] = false, ["t38_fax_gateway_enabled"] = false },
        ["inbound_call_screening"] = "disabled",
        ["usage_payment_method"] = "pay-per-minute",
    };

    public static async Task<IResult> HandleAsync(string id, HttpRequest http, SandboxDbContext db, TimeProvider time)
    {
        var (changes, error) = await SandboxRequestBody.ReadAsync<JsonObject>(http);
        if (changes is null) return error!;
        var number = await PhoneNumberLookup.FindAsync(db, id);
        if (number is null) return PhoneNumberLookup.NotFound(id);

        var settings = Defaults();
        Merge(settings, JsonNode.Parse(number.VoiceSettings)!.AsObject());
        Merge(settings, changes);
        number.VoiceSettings = settings.ToJsonString();
        number.UpdatedAt = time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync();

        settings["record_type"] = "voice_settings";
        settings["id"] = number.Id;
        settings["phone_number"] = number.PhoneNumber;
        settings["connection_id"] = number.ConnectionId;
        settings["customer_reference"] = number.CustomerReference;
        return SandboxJson.Data(settings);
    }

    private static void Merge(JsonObject target, JsonObject changes)
    {
        foreach (var (key, value) in changes)
        {
            if (value is null) continue;
            if (value is JsonObject nested && target[key] is JsonObject existing) Merge(existing, nested);
            else target[key] = value.DeepClone();
        }
    }
}
