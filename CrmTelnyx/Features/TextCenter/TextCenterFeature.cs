using CrmTelnyx.Features.TextCenter.Blasts;
using CrmTelnyx.Features.Webhooks;

namespace CrmTelnyx.Features.TextCenter;

/// <summary>The Text Center: single texts, their delivery status from Telnyx's webhooks, and inbound messages.</summary>
public static class TextCenterFeature
{
    public static IHostApplicationBuilder AddTextCenter(this IHostApplicationBuilder builder)
    {
        builder.Services.AddWebhookHandler<ApplyMessageStatusEvent>();
        builder.Services.AddWebhookHandler<RecordInboundMessage>();
        builder.Services.AddScoped<SendSingleText>();
        builder.Services.AddMemoryCache();
        builder.Services.AddScoped<SendingNumbers>();
        builder.Services.AddSingleton<BlastActivity>();
        builder.Services.AddOptions<BlastEngineOptions>().BindConfiguration(BlastEngineOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddScoped<StartBlast>();
        builder.Services.AddHostedService<BlastScheduler>();
        builder.Services.AddHostedService<BlastDispatcher>();
        builder.Services.AddHostedService<SettleUnknownBlastMessages>();
        return builder;
    }
}
