using CrmTelnyx.Sandbox.Store;

namespace CrmTelnyx.Sandbox.Numbers;

/// <summary>DELETE /v2/phone_numbers/{id}: the number leaves the account (and can no longer send); answers with its last state.</summary>
public static class ReleasePhoneNumber
{
    public static async Task<IResult> HandleAsync(string id, SandboxDbContext db, TimeProvider time)
    {
        var number = await PhoneNumberLookup.FindAsync(db, id);
        if (number is null) return PhoneNumberLookup.NotFound(id);
        number.Status = "deleted";
        number.UpdatedAt = time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync();
        return SandboxJson.Data(await PhoneNumberLookup.RenderAsync(db, number));
    }
}
