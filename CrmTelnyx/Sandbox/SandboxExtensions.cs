using CrmTelnyx.Sandbox.Account;
using CrmTelnyx.Sandbox.Billing;
using CrmTelnyx.Sandbox.Calls;
using CrmTelnyx.Sandbox.Control;
using CrmTelnyx.Sandbox.Messages;
using CrmTelnyx.Sandbox.Numbers;
using CrmTelnyx.Sandbox.Store;
using CrmTelnyx.Sandbox.TenDlc;
using CrmTelnyx.Sandbox.Webhooks;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Sandbox;

/// <summary>
/// The sandbox's services and endpoints. It needs an <see cref="ISandboxHost"/> from whoever hosts it; pointing a
/// Telnyx client at it is the host's business too (see <see cref="ApiPath"/>).
/// </summary>
public static class SandboxExtensions
{
    /// <summary>Where the simulated Telnyx v2 API answers, relative to the app's base address.</summary>
    public const string ApiPath = "sandbox/telnyx/v2/";

    public static IHostApplicationBuilder AddTelnyxSandbox(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<SandboxOptions>().BindConfiguration(SandboxOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddDbContextFactory<SandboxDbContext>((sp, options) =>
            options.UseSqlite($"Data Source={Path.Combine(sp.GetRequiredService<ISandboxHost>().DataDirectory, "sandbox.db")};Default Timeout=30")
                .AddInterceptors(sp.GetRequiredService<SandboxActivity.OnSave>(), new Store.SandboxSqlitePragmas()));
        services.AddSingleton<SandboxActivity>();
        services.AddSingleton<SandboxActivity.OnSave>();
        services.AddSingleton<SandboxMode>();
        services.AddSingleton<SandboxCredentials>();
        services.AddSingleton<SandboxAccount>();
        services.AddSingleton<SandboxRuntimeSettings>();
        services.AddSingleton<SandboxRateLimiter>();
        services.AddSingleton<SandboxScheduler>();
        services.AddHostedService(sp => sp.GetRequiredService<SandboxScheduler>());
        services.AddHostedService<SandboxInitializer>();
        services.AddSingleton<WebhookDestination>();
        services.AddSingleton<WebhookPublisher>();
        services.AddSingleton<WebhookDeliveryLog>();
        services.AddHttpClient<WebhookSender>(http => http.Timeout = TimeSpan.FromSeconds(5));
        services.AddHttpClient<Calls.PlaybackMedia>(http => http.Timeout = TimeSpan.FromSeconds(5));
        services.AddSingleton<DeliveryRules>();
        services.AddSingleton<MessageLifecycle>();
        services.AddScoped<ReceiveInboundText>();
        services.AddSingleton<CallLifecycle>();
        services.AddScoped<ReceiveInboundCall>();
        services.AddScoped<ContactHangsUp>();
        services.AddSingleton<FailDestination>();
        services.AddSingleton<NumberOrderRules>();
        services.AddSingleton<TenDlcReview>();
        services.AddSingleton<TenDlcWebhooks>();
        services.AddSingleton<ChangeTenDlcReview>();
        services.AddSingleton<ChangeTimings>();
        services.AddSingleton<LoseWebhooks>();
        services.AddSingleton<SandboxRunner>();
        return builder;
    }

    public static IEndpointRouteBuilder MapTelnyxSandbox(this IEndpointRouteBuilder app)
    {
        // Telnyx SDKs differ on whether the base URL carries /v2, so both forms answer.
        MapApi(app.MapGroup("/sandbox/telnyx/v2"));
        MapApi(app.MapGroup("/sandbox/telnyx"));
        app.MapGet("/sandbox/public-key", PublicKeyEndpoint.Handle).AllowAnonymous();
        app.MapGet("/sandbox/recordings/{file}", RecordingEndpoint.HandleAsync).AllowAnonymous();
        return app;
    }

    private static void MapApi(RouteGroupBuilder api)
    {
        api.AllowAnonymous().DisableAntiforgery().AddEndpointFilter(SandboxApiGate.InvokeAsync);
        api.MapPost("/messages", SendMessage.HandleAsync);
        api.MapPost("/messages/long_code", SendMessage.HandleAsync);
        api.MapPost("/messages/number_pool", SendMessage.HandleAsync);
        api.MapGet("/messages/{id}", GetMessage.HandleAsync);
        api.MapGet("/messaging_profiles", ListMessagingProfiles.HandleAsync);
        api.MapPatch("/messaging_profiles/{id}", UpdateMessagingProfile.HandleAsync);
        api.MapGet("/call_control_applications", ListCallControlApplications.HandleAsync);
        api.MapPatch("/call_control_applications/{id}", UpdateCallControlApplication.HandleAsync);
        api.MapGet("/available_phone_numbers", SearchAvailableNumbers.HandleAsync);
        api.MapPost("/number_orders", CreateNumberOrder.HandleAsync);
        api.MapGet("/number_orders/{id}", GetNumberOrder.HandleAsync);
        api.MapGet("/phone_numbers", ListPhoneNumbers.HandleAsync);
        api.MapGet("/phone_numbers/{id}", GetPhoneNumber.HandleAsync);
        api.MapPatch("/phone_numbers/{id}", UpdatePhoneNumber.HandleAsync);
        api.MapGet("/phone_numbers/{id}/messaging", UpdateMessagingSettings.GetAsync);
        api.MapPatch("/phone_numbers/{id}/messaging", UpdateMessagingSettings.HandleAsync);
        api.MapPatch("/phone_numbers/{id}/voice", UpdateVoiceSettings.HandleAsync);
        api.MapDelete("/phone_numbers/{id}", ReleasePhoneNumber.HandleAsync);
        api.MapPost("/calls", DialCall.HandleAsync);
        api.MapGet("/calls/{callControlId}", GetCall.HandleAsync);
        api.MapPost("/calls/{callControlId}/actions/{action}", CallActions.HandleAsync);
        api.MapGet("/detail_records", ListDetailRecords.HandleAsync);
        api.MapGet("/balance", GetBalance.HandleAsync);
        TenDlcEndpoints.Map(api);
        // Anything else answers as Telnyx does for an unknown path, not with the app's HTML 404 page.
        api.MapFallback("{**path}", (string path) => SandboxErrors.NotFound($"The sandbox has no endpoint '/{path}'."));
    }
}
