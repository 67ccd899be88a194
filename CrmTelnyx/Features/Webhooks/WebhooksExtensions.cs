namespace CrmTelnyx.Features.Webhooks;

public static class WebhooksExtensions
{
    public static IHostApplicationBuilder AddWebhooks(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<WebhookOptions>()
            .BindConfiguration(WebhookOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<WebhookSignatureVerifier>();
        builder.Services.AddSingleton<WebhookProcessorSignal>();
        builder.Services.AddScoped<ApplyWebhookEvent>();
        builder.Services.AddHostedService<WebhookProcessor>();
        return builder;
    }

    /// <summary>How a feature plugs into webhook processing: its handler runs for the event types it names.</summary>
    public static IServiceCollection AddWebhookHandler<THandler>(this IServiceCollection services)
        where THandler : class, IWebhookEventHandler =>
        services.AddScoped<IWebhookEventHandler, THandler>();
}
