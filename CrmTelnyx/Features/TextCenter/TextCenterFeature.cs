using CrmTelnyx.Features.TextCenter.Blasts;
using CrmTelnyx.Features.TextCenter.Conversations;
using CrmTelnyx.Features.TextCenter.Settings;
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
        builder.Services.AddScoped<SendRecordedText>();
        builder.Services.AddConversations();
        builder.Services.AddScoped<SaveTextingSettings>();
        // After the database initializer (registered earlier): the saved quiet-hours rules are in force before anything sends.
        builder.Services.AddHostedService<SavedQuietHoursLoader>();
        builder.Services.AddMemoryCache();
        builder.Services.AddScoped<SendingNumbers>();
        builder.Services.AddSingleton<BlastActivity>();
        return builder;
    }
}
