using CrmTelnyx.Features.Calls.History;
using CrmTelnyx.Features.Webhooks;
using CrmTelnyx.Identity;

namespace CrmTelnyx.Features.Calls;

/// <summary>Calls: for now the call rows Telnyx's call.* webhooks keep, which the number manager counts per number.</summary>
public static class CallsFeature
{
    public static IHostApplicationBuilder AddCalls(this IHostApplicationBuilder builder)
    {
        builder.Services.AddWebhookHandler<RecordCallEvent>();
        builder.Services.AddScoped<CallHistoryQuery>();
        return builder;
    }

    public static IEndpointRouteBuilder MapCalls(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/calls").RequireAuthorization(AppPolicies.Calls).MapCallHistory();
        return app;
    }
}
