using CrmTelnyx.Sandbox.Store;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Sandbox.Account;

/// <summary>GET /v2/call_control_applications.</summary>
public static class ListCallControlApplications
{
    public static async Task<IResult> HandleAsync(SandboxDbContext db)
    {
        var applications = await db.CallControlApplications.OrderBy(a => a.CreatedAt).ToListAsync();
        var data = applications.Select(AccountResources.Application).ToList();
        return TypedResults.Json(new { data, meta = Paging.Meta(1, Math.Max(1, data.Count), data.Count) }, SandboxJson.Options);
    }
}
