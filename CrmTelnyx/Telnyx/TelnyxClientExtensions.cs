namespace CrmTelnyx.Telnyx;

public static class TelnyxClientExtensions
{
    /// <summary>The typed <see cref="TelnyxClient"/>: connection per request, shared resilience pipeline, no secrets in logs.</summary>
    public static IHostApplicationBuilder AddTelnyxClient(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<TelnyxResilienceOptions>()
            .BindConfiguration(TelnyxResilienceOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<TelnyxResiliencePipeline>();
        builder.Services.AddTransient<TelnyxConnectionHandler>();
        builder.Services.AddTransient<TelnyxResilienceHandler>();
        builder.Services.AddHttpClient<TelnyxClient>(http =>
            {
                http.BaseAddress = TelnyxConnectionHandler.PlaceholderBase;
                // Each attempt has its own timeout in the pipeline; this bounds the whole call including retries.
                http.Timeout = TimeSpan.FromMinutes(3);
            })
            // Outermost first: the connection is resolved once per call, then each attempt goes through the pipeline.
            .AddHttpMessageHandler<TelnyxConnectionHandler>()
            .AddHttpMessageHandler<TelnyxResilienceHandler>()
            // The bearer key travels in a header: never let header values reach the logs.
            .RedactLoggedHeaders(_ => true);
        // Recording links are pre-signed: no key, no base address, no retries here (the downloader retries with backoff).
        builder.Services.AddHttpClient<TelnyxRecordingDownloads>(http => http.Timeout = Timeout.InfiniteTimeSpan);
        return builder;
    }
}
