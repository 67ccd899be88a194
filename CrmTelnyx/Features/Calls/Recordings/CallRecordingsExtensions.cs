using CrmTelnyx.Features.Webhooks;

namespace CrmTelnyx.Features.Calls.Recordings;

/// <summary>Call recordings: known from Telnyx's webhooks, copied into the data folder at once, played from there.</summary>
public static class CallRecordingsExtensions
{
    public static IHostApplicationBuilder AddCallRecordings(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<RecordingFiles>();
        builder.Services.AddSingleton<RecordingDownloadSignal>();
        builder.Services.AddScoped<DownloadRecording>();
        builder.Services.AddHostedService<RecordingDownloader>();
        builder.Services.AddWebhookHandler<RecordCallRecording>();
        builder.Services.AddWebhookHandler<RecordTranscription>();
        return builder;
    }

    public static RouteGroupBuilder MapCallRecordings(this RouteGroupBuilder calls)
    {
        calls.MapRecordingFile();
        return calls;
    }
}
