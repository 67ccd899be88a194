using Microsoft.AspNetCore.Authorization;
using CrmTelnyx.Features.Users;
using CrmTelnyx.Identity;

namespace CrmTelnyx.Features.Webhooks;

public static class WebhooksEndpoints
{
    /// <summary>Telnyx's primary and failover webhook URLs (relative to App:PublicBaseUrl).</summary>
    public const string TelnyxPath = "/webhooks/telnyx";
    public const string TelnyxFailoverPath = "/webhooks/telnyx/failover";

    public static IEndpointRouteBuilder MapWebhooks(this IEndpointRouteBuilder app)
    {
        // Telnyx signs instead of logging in: anonymous, no antiforgery, the signature is the check.
        var telnyx = app.MapGroup("").AllowAnonymous().DisableAntiforgery();
        telnyx.MapPost(TelnyxPath, ReceiveTelnyxWebhook.HandleAsync);
        telnyx.MapPost(TelnyxFailoverPath, ReceiveTelnyxWebhook.HandleAsync);

        var admin = app.MapGroup("/webhooks/events").RequireAuthorization(AppPolicies.AdminOnly);
        admin.MapPost("/{id:long}/process-again", ProcessWebhookEventAgain.HandleAsync);
        return app;
    }
}
