using CrmTelnyx.Features.TextCenter.Blasts;
using CrmTelnyx.Features.TextCenter.Blasts.Composer;
using CrmTelnyx.Features.TextCenter.Templates;
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
        builder.Services.AddScoped<AudienceProfile>();
        builder.Services.AddScoped<PreSendCheck>();
        builder.Services.AddScoped<CreateBlast>();
        builder.Services.AddScoped<SendTestText>();
        builder.Services.AddScoped<SaveMessageTemplate>();
        builder.Services.AddScoped<DeleteMessageTemplate>();
        return builder;
    }
}
