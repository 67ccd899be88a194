namespace CrmTelnyx.Features.Webhooks;

/// <summary>Telnyx's webhooks: received and verified, stored once, applied in the background by the handlers features add.</summary>
public static class WebhooksFeature
{
    /// <summary>Telnyx's primary and failover webhook URLs (relative to App:PublicBaseUrl).</summary>
    public const string TelnyxPath = "/webhooks/telnyx";
    public const string TelnyxFailoverPath = "/webhooks/telnyx/failover";

    public static IHostApplicationBuilder AddWebhooks(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<WebhookOptions>()
            .BindConfiguration(WebhookOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<WebhookSignatureVerifier>();
        builder.Services.AddSingleton<WebhookProcessorSignal>();
        builder.Services.AddSingleton<WebhookInbox>();
        builder.Services.AddSingleton<WebhookWriteTurns>();
        builder.Services.AddHostedService<WebhookInboxWriter>();
        builder.Services.AddScoped<ApplyWebhookEvent>();
        builder.Services.AddScoped<AfterWebhookCommit>();
        builder.Services.AddScoped<ProcessWebhookEventAgain>();
        builder.Services.AddHostedService<WebhookProcessor>();
        return builder;
    }

    /// <summary>How a feature plugs into webhook processing: its handler runs for the event types it names.</summary>
    public static IServiceCollection AddWebhookHandler<THandler>(this IServiceCollection services)
        where THandler : class, IWebhookEventHandler =>
        services.AddScoped<IWebhookEventHandler, THandler>();

    public static IEndpointRouteBuilder MapWebhooks(this IEndpointRouteBuilder app)
    {
        // Telnyx signs instead of logging in: anonymous, no antiforgery, the signature is the check.
        var telnyx = app.MapGroup("").AllowAnonymous().DisableAntiforgery();
        telnyx.MapPost(TelnyxPath, ReceiveTelnyxWebhook.HandleAsync);
        telnyx.MapPost(TelnyxFailoverPath, ReceiveTelnyxWebhook.HandleAsync);
        return app;
    }
}
