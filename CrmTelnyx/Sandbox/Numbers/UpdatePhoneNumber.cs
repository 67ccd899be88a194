using CrmTelnyx.Sandbox.Store;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Sandbox.Numbers;

/// <summary>PATCH /v2/phone_numbers/{id}: route the number to a Call Control app, tag it, label it. Omitted fields stay.</summary>
public static class UpdatePhoneNumber
{
    public sealed record Request(string? ConnectionId, string[]? Tags, string? CustomerReference);

    public static async Task<IResult> HandleAsync(string id, HttpRequest http, SandboxDbContext db, TimeProvider time)
    {
        var (request, error) = await SandboxRequestBody.ReadAsync<Request>(http);
        if (request is null) return error!;
        var number = await PhoneNumberLookup.FindAsync(db, id);
        if (number is null) return PhoneNumberLookup.NotFound(id);

        if (request.ConnectionId is not null)
        {
            if (request.ConnectionId.Length > 0 && !await db.CallControlApplications.AnyAsync(a => a.Id == request.ConnectionId))
                return SandboxErrors.Result(422, "10015", "Invalid connection_id", $"No connection '{request.ConnectionId}' on this account.", "/connection_id");
            number.ConnectionId = request.ConnectionId.Length == 0 ? null : request.ConnectionId;
        }
        if (request.Tags is not null) number.Tags = string.Join(',', request.Tags);
        if (request.CustomerReference is not null) number.CustomerReference = request.CustomerReference;
        number.UpdatedAt = time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync();
        return SandboxJson.Data(await PhoneNumberLookup.RenderAsync(db, number));
    }
}
