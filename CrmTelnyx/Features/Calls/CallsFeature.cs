using CrmTelnyx.Features.Webhooks;

namespace CrmTelnyx.Features.Calls;

/// <summary>Calls: for now the call rows Telnyx's call.* webhooks keep, which the number manager counts per number.</summary>
public static class CallsFeature
{
    public static IHostApplicationBuilder AddCalls(this IHostApplicationBuilder builder)
    {
        builder.Services.AddWebhookHandler<RecordCallEvent>();
        return builder;
    }
}
