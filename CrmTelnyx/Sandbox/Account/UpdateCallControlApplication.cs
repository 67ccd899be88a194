using CrmTelnyx.Sandbox.Store;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Sandbox.Account;

/// <summary>PATCH /v2/call_control_applications/{id}: rename it or point its call webhooks somewhere; omitted fields stay.</summary>
public static class UpdateCallControlApplication
{
    public sealed record Request(string? ApplicationName, string? WebhookEventUrl);

    public static async Task<IResult> HandleAsync(string id, HttpRequest http, SandboxDbContext db)
    {
        var (request, error) = await SandboxRequestBody.ReadAsync<Request>(http);
        if (request is null) return error!;
        var application = await db.CallControlApplications.FirstOrDefaultAsync(a => a.Id == id);
        if (application is null) return SandboxErrors.NotFound($"Call Control application '{id}' was not found.");
        if (!string.IsNullOrWhiteSpace(request.ApplicationName)) application.ApplicationName = request.ApplicationName;
        if (request.WebhookEventUrl is not null)
        {
            if (request.WebhookEventUrl.Length > 0 && !Uri.TryCreate(request.WebhookEventUrl, UriKind.Absolute, out _))
                return SandboxErrors.Result(422, "10015", "Invalid webhook_event_url", "webhook_event_url must be an absolute URL.", "/webhook_event_url");
            application.WebhookEventUrl = request.WebhookEventUrl.Length == 0 ? null : request.WebhookEventUrl;
        }
        await db.SaveChangesAsync();
        return SandboxJson.Data(AccountResources.Application(application));
    }
}
