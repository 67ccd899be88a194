using Microsoft.AspNetCore.Authorization;
using CrmTelnyx.Features.Users;
using CrmTelnyx.Identity;
using CrmTelnyx.Features.Webhooks;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CrmTelnyx.Features.TextCenter;

public static class TextCenterExtensions
{
    public static IHostApplicationBuilder AddTextCenter(this IHostApplicationBuilder builder)
    {
        builder.Services.AddWebhookHandler<ApplyMessageStatusEvent>();
        builder.Services.AddWebhookHandler<RecordInboundMessage>();
        builder.Services.AddScoped<SendSingleText>();
        builder.Services.AddMemoryCache();
        builder.Services.AddScoped<SendingNumbers>();
        return builder;
    }

    public static IEndpointRouteBuilder MapTextCenter(this IEndpointRouteBuilder app)
    {
        var textCenter = app.MapGroup("/text-center").RequireAuthorization(AppPolicies.TextCenter);
        // The recent-messages fragment htmx reloads when a live message-status event arrives.
        textCenter.MapGet("/recent", () => new RazorComponentResult<RecentMessages>());
        return app;
    }
}
