using CrmTelnyx.Sandbox.Store;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Sandbox.Account;

/// <summary>GET /v2/messaging_profiles.</summary>
public static class ListMessagingProfiles
{
    public static async Task<IResult> HandleAsync(SandboxDbContext db)
    {
        var profiles = await db.MessagingProfiles.OrderBy(p => p.CreatedAt).ToListAsync();
        var data = profiles.Select(p => new
        {
            record_type = "messaging_profile", id = p.Id, name = p.Name, enabled = true,
            webhook_url = p.WebhookUrl ?? "", webhook_failover_url = "", webhook_api_version = "2",
            number_pool_settings = (object?)null, whitelisted_destinations = new[] { "US", "CA" },
            created_at = SandboxJson.Time(p.CreatedAt), updated_at = SandboxJson.Time(p.CreatedAt),
        }).ToList();
        return TypedResults.Json(new { data, meta = Paging.Meta(1, Math.Max(1, data.Count), data.Count) }, SandboxJson.Options);
    }
}
