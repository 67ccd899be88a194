using CrmTelnyx.Sandbox.Store;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Sandbox.Numbers;

/// <summary>GET and PATCH /v2/phone_numbers/{id}/messaging: "" unassigns the messaging profile, null or omitted keeps it.</summary>
public static class UpdateMessagingSettings
{
    public sealed record Request(string? MessagingProfileId);

    public static async Task<IResult> HandleAsync(string id, HttpRequest http, SandboxDbContext db, TimeProvider time)
    {
        var (request, error) = await SandboxRequestBody.ReadAsync<Request>(http);
        if (request is null) return error!;
        var number = await PhoneNumberLookup.FindAsync(db, id);
        if (number is null) return PhoneNumberLookup.NotFound(id);

        if (request.MessagingProfileId is not null)
        {
            if (request.MessagingProfileId.Length > 0 && !await db.MessagingProfiles.AnyAsync(p => p.Id == request.MessagingProfileId))
                return SandboxErrors.Result(422, "10015", "Invalid messaging_profile_id", $"No messaging profile '{request.MessagingProfileId}'.", "/messaging_profile_id");
            number.MessagingProfileId = request.MessagingProfileId.Length == 0 ? null : request.MessagingProfileId;
            number.UpdatedAt = time.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync();
        }
        return Render(number);
    }

    public static async Task<IResult> GetAsync(string id, SandboxDbContext db)
    {
        var number = await PhoneNumberLookup.FindAsync(db, id);
        return number is null ? PhoneNumberLookup.NotFound(id) : Render(number);
    }

    private static IResult Render(SandboxPhoneNumber number) =>
        SandboxJson.Data(new
        {
            record_type = "messaging_settings",
            id = number.Id,
            phone_number = number.PhoneNumber,
            messaging_profile_id = number.MessagingProfileId,
            messaging_product = "P2P",
            eligible_messaging_products = new[] { "A2P", "P2P" },
            features = new { sms = new { domestic_two_way = true, international_inbound = false, international_outbound = false }, mms = (object?)null },
            traffic_type = "P2P",
            type = "long-code",
            country_code = "US",
            created_at = SandboxJson.Time(number.CreatedAt),
            updated_at = SandboxJson.Time(number.UpdatedAt),
        });
}
