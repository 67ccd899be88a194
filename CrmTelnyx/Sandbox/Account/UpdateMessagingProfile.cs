using CrmTelnyx.Sandbox.Store;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Sandbox.Account;

/// <summary>PATCH /v2/messaging_profiles/{id}: rename it or point its webhooks somewhere; omitted fields stay.</summary>
public static class UpdateMessagingProfile
{
    public sealed record Request(string? Name, string? WebhookUrl);

    public static async Task<IResult> HandleAsync(string id, HttpRequest http, SandboxDbContext db)
    {
        var (request, error) = await SandboxRequestBody.ReadAsync<Request>(http);
        if (request is null) return error!;
        var profile = await db.MessagingProfiles.FirstOrDefaultAsync(p => p.Id == id);
        if (profile is null) return SandboxErrors.NotFound($"Messaging profile '{id}' was not found.");
        if (!string.IsNullOrWhiteSpace(request.Name)) profile.Name = request.Name;
        if (request.WebhookUrl is not null)
        {
            if (request.WebhookUrl.Length > 0 && !Uri.TryCreate(request.WebhookUrl, UriKind.Absolute, out _))
                return SandboxErrors.Result(422, "10015", "Invalid webhook_url", "webhook_url must be an absolute URL.", "/webhook_url");
            profile.WebhookUrl = request.WebhookUrl.Length == 0 ? null : request.WebhookUrl;
        }
        await db.SaveChangesAsync();
        return SandboxJson.Data(AccountResources.Profile(profile));
    }
}
