using CrmTelnyx.Features.Calls.Audio;
using CrmTelnyx.Features.Calls.Outbound;
using CrmTelnyx.Features.Calls.Panel;
using CrmTelnyx.Features.Calls.Recordings;
using CrmTelnyx.Features.Calls.History;
using CrmTelnyx.Features.Calls.Inbound;
using CrmTelnyx.Features.Calls.Settlement;
using CrmTelnyx.Features.Webhooks;
using CrmTelnyx.Identity;

namespace CrmTelnyx.Features.Calls;

/// <summary>Calls: placing them ("call my phone first"), following them live from Telnyx's call.* webhooks, and their history.</summary>
public static class CallsFeature
{
    public static IHostApplicationBuilder AddCalls(this IHostApplicationBuilder builder)
    {
        // Following calls: legs and costs from Telnyx's webhooks; calls whose webhooks stopped, from detail records.
        builder.Services.AddWebhookHandler<RecordCallEvent>();
        builder.Services.AddWebhookHandler<RecordCallCost>();
        builder.Services.AddScoped<CallCommands>();
        builder.AddCallSettlement();

        // Outbound: call my phone first, and the live call panel's buttons.
        builder.Services.AddWebhookHandler<ConnectCallLegs>();
        builder.Services.AddScoped<ConnectCallLegs>();
        builder.Services.AddScoped<CallerIds>();
        builder.Services.AddScoped<PlaceCall>();
        builder.Services.AddScoped<SaveAgentPhone>();
        builder.Services.AddScoped<CallTargets>();
        builder.Services.AddScoped<LiveCallAction>();
        builder.Services.AddScoped<ReadLiveCall>();
        builder.Services.AddScoped<HangUpCall>();
        builder.Services.AddScoped<SendCallDigits>();
        builder.Services.AddScoped<RecordCallOnDemand>();
        builder.Services.AddScoped<AnsweringMachineChoice>();
        builder.Services.AddScoped<SaveCallWrapUp>();
        builder.Services.AddScoped<TransferCall>();
        builder.Services.AddScoped<HoldCall>();
        builder.Services.AddWebhookHandler<RecordCallHold>();

        // Inbound: routing, availability, voicemail.
        builder.Services.AddWebhookHandler<RouteInboundCall>();
        builder.Services.AddScoped<InboundRules>();
        builder.Services.AddScoped<IncomingCallAlerts>();
        builder.Services.AddScoped<SetAvailability>();
        builder.Services.AddScoped<Voicemails>();
        builder.Services.AddScoped<SaveInboundRoute>();
        builder.Services.AddScoped<SaveGreetingAudio>();

        // Audio Telnyx fetches from the app: hold music and uploaded recordings.
        builder.Services.AddSingleton<UploadedAudioFiles>();
        builder.Services.AddSingleton<StoreUploadedAudio>();
        builder.Services.AddSingleton<CallAudioUrls>();

        // Recordings, history, settings.
        builder.AddCallRecordings();
        builder.Services.AddScoped<Settings.SaveCallSettings>();
        builder.Services.AddScoped<Settings.SaveVoicemailDropAudio>();
        builder.Services.AddScoped<CallHistoryQuery>();
        builder.Services.AddScoped<ContactCallList>();
        return builder;
    }

    public static IEndpointRouteBuilder MapCalls(this IEndpointRouteBuilder app)
    {
        var calls = app.MapGroup("/calls").RequireAuthorization(AppPolicies.Calls);
        calls.MapCallRecordings();
        calls.MapCallHistory();
        app.MapCallAudio();
        return app;
    }
}
