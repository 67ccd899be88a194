using CrmTelnyx.Features.Webhooks;

namespace CrmTelnyx.Features.TextCenter;

public static class TextCenterExtensions
{
    public static IHostApplicationBuilder AddTextCenter(this IHostApplicationBuilder builder)
    {
        builder.Services.AddWebhookHandler<ApplyMessageStatusEvent>();
        builder.Services.AddWebhookHandler<RecordInboundMessage>();
        return builder;
    }
}
