using CrmTelnyx.Sandbox.Store;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Sandbox.Account;

/// <summary>GET /v2/messaging_profiles.</summary>
public static class ListMessagingProfiles
{
    public static async Task<IResult> HandleAsync(SandboxDbContext db)
    {
        var profiles = await db.MessagingProfiles.OrderBy(p => p.CreatedAt).ToListAsync();
        var data = profiles.Select(AccountResources.Profile).ToList();
        return TypedResults.Json(new { data, meta = Paging.Meta(1, Math.Max(1, data.Count), data.Count) }, SandboxJson.Options);
    }
}
