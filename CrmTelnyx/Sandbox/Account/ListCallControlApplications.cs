using CrmTelnyx.Sandbox.Store;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Sandbox.Account;

/// <summary>GET /v2/call_control_applications.</summary>
public static class ListCallControlApplications
{
    public static async Task<IResult> HandleAsync(SandboxDbContext db)
    {
        var applications = await db.CallControlApplications.OrderBy(a => a.CreatedAt).ToListAsync();
        var data = applications.Select(a => new
        {
            record_type = "call_control_application", id = a.Id, application_name = a.ApplicationName, active = true,
            webhook_event_url = a.WebhookEventUrl ?? "", webhook_event_failover_url = "", webhook_api_version = "2",
            webhook_timeout_secs = 25, anchorsite_override = "Latency", dtmf_type = "RFC 2833", first_command_timeout = false,
            created_at = SandboxJson.Time(a.CreatedAt), updated_at = SandboxJson.Time(a.CreatedAt),
        }).ToList();
        return TypedResults.Json(new { data, meta = Paging.Meta(1, Math.Max(1, data.Count), data.Count) }, SandboxJson.Options);
    }
}
