using CrmTelnyx.Sandbox.Store;

namespace CrmTelnyx.Sandbox.Numbers;

/// <summary>GET /v2/phone_numbers/{id}.</summary>
public static class GetPhoneNumber
{
    public static async Task<IResult> HandleAsync(string id, SandboxDbContext db)
    {
        var number = await PhoneNumberLookup.FindAsync(db, id);
        return number is null ? PhoneNumberLookup.NotFound(id) : SandboxJson.Data(await PhoneNumberLookup.RenderAsync(db, number));
    }
}
