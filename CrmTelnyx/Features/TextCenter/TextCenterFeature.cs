using CrmTelnyx.Features.TextCenter.Blasts;
using CrmTelnyx.Features.TextCenter.Blasts.Composer;
using CrmTelnyx.Features.TextCenter.Blasts.Progress;
using CrmTelnyx.Features.TextCenter.Templates;
using CrmTelnyx.Features.TextCenter.Conversations;
using CrmTelnyx.Features.TextCenter.Settings;
using CrmTelnyx.Features.Webhooks;
using CrmTelnyx.Identity;

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
        builder.Services.AddScoped<AudienceProfile>();
        builder.Services.AddScoped<PreSendCheck>();
        builder.Services.AddScoped<CreateBlast>();
        builder.Services.AddScoped<OpenDraft>();
        builder.Services.AddScoped<UpdateDraft>();
        builder.Services.AddScoped<DeleteDraft>();
        builder.Services.AddScoped<SendTestText>();
        builder.Services.AddScoped<SaveMessageTemplate>();
        builder.Services.AddScoped<DeleteMessageTemplate>();
        builder.Services.AddOptions<BlastEngineOptions>().BindConfiguration(BlastEngineOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddScoped<StartBlast>();
        builder.Services.AddHostedService<BlastScheduler>();
        builder.Services.AddHostedService<BlastDispatcher>();
        builder.Services.AddHostedService<SettleUnknownBlastMessages>();
        builder.AddBlastProgress();
        return builder;
    }

    public static IEndpointRouteBuilder MapTextCenter(this IEndpointRouteBuilder app)
    {
        var blasts = app.MapGroup("/text-center/blasts").RequireAuthorization(AppPolicies.Blasts);
        blasts.MapGet("/{Id:long}/export", ExportBlastMessages.HandleAsync);
        return app;
    }

    /// <summary>A blast's live figures, its list, pause/resume/cancel, and the broadcaster that tells open pages.</summary>
    private static IHostApplicationBuilder AddBlastProgress(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<ListBlasts>();
        builder.Services.AddScoped<ReadBlastProgress>();
        builder.Services.AddScoped<ListBlastMessages>();
        builder.Services.AddScoped<PauseBlast>();
        builder.Services.AddScoped<ResumeBlast>();
        builder.Services.AddScoped<SendHeldBlast>();
        builder.Services.AddScoped<CancelBlast>();
        builder.Services.AddSingleton<BlastProgressBroadcaster>();
        builder.Services.AddHostedService(services => services.GetRequiredService<BlastProgressBroadcaster>());
        return builder;
    }
}
