using CrmTelnyx.Sandbox.Store;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Sandbox.Numbers;

/// <summary>Finds an owned number by its id (or, as a convenience, its +E.164 form) and renders it with its names.</summary>
public static class PhoneNumberLookup
{
    public static Task<SandboxPhoneNumber?> FindAsync(SandboxDbContext db, string idOrNumber) =>
        db.PhoneNumbers.FirstOrDefaultAsync(n => n.Status == "active" && (n.Id == idOrNumber || n.PhoneNumber == idOrNumber));

    public static async Task<object> RenderAsync(SandboxDbContext db, SandboxPhoneNumber number)
    {
        var connectionName = await db.CallControlApplications.Where(a => a.Id == number.ConnectionId).Select(a => a.ApplicationName).FirstOrDefaultAsync();
        var profileName = await db.MessagingProfiles.Where(p => p.Id == number.MessagingProfileId).Select(p => p.Name).FirstOrDefaultAsync();
        return PhoneNumberResource.From(number, connectionName, profileName);
    }

    public static IResult NotFound(string id) => SandboxErrors.NotFound($"Phone number '{id}' was not found on this account.");
}
