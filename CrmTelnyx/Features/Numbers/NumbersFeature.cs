using CrmTelnyx.Features.Webhooks;
using Quartz;

namespace CrmTelnyx.Features.Numbers;

/// <summary>The number manager: the company's Telnyx numbers, bought, synced, edited, health-checked and released here.</summary>
public static class NumbersFeature
{
    public static IHostApplicationBuilder AddNumbers(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<NumbersOptions>().BindConfiguration(NumbersOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddScoped<NumberAuditTrail>();
        builder.Services.AddScoped<SyncNumbers>();
        builder.Services.AddScoped<EditNumber>();
        builder.Services.AddScoped<ReleaseNumber>();
        builder.Services.AddScoped<NumberHealthCheck>();
        builder.Services.AddScoped<ClearNumberHealth>();
        builder.Services.AddScoped<SaveNumberHealthSettings>();
        builder.Services.AddScoped<SenderNumbers>();
        builder.Services.AddSingleton(typeof(OneAtATime<>));
        builder.Services.AddScoped<NumberStats>();
        builder.Services.AddScoped<ListNumbers>();
        // A few seconds after start, once the app listens (the sandbox is reached through the app's own address). The
        // interval is read here, as Quartz's triggers are registered before the options exist; SyncOnSchedule is read by
        // the job, so settings added late (a test host's) still count.
        var every = TimeSpan.FromMinutes(builder.Configuration.GetValue($"{NumbersOptions.Section}:{nameof(NumbersOptions.SyncEveryMinutes)}", 60));
        builder.Services.AddQuartz(q => q.ScheduleJob<NumberSyncJob>(trigger => trigger.WithIdentity(nameof(NumberSyncJob))
            .StartAt(DateTimeOffset.UtcNow.AddSeconds(3)).WithSimpleSchedule(s => s.WithInterval(every).RepeatForever())));
        builder.AddNumberOrders();
        // A minute after start, so the first sync has brought the numbers in; then on the configured interval.
        var checkEvery = TimeSpan.FromMinutes(builder.Configuration.GetValue($"{NumbersOptions.Section}:{nameof(NumbersOptions.HealthCheckEveryMinutes)}", 15));
        builder.Services.AddQuartz(q => q.ScheduleJob<NumberHealthJob>(trigger => trigger.WithIdentity(nameof(NumberHealthJob))
            .StartAt(DateTimeOffset.UtcNow.AddMinutes(1)).WithSimpleSchedule(s => s.WithInterval(checkEvery).RepeatForever())));
        return builder;
    }

    /// <summary>Searching and buying numbers: the order's completion by webhook, or by polling when the webhook is late.</summary>
    private static void AddNumberOrders(this IHostApplicationBuilder builder)
    {
        builder.Services.AddMemoryCache();
        builder.Services.AddScoped<FindAvailableNumbers>();
        builder.Services.AddScoped<BuyNumbers>();
        builder.Services.AddScoped<CompleteNumberOrder>();
        builder.Services.AddScoped<CheckNumberOrders>();
        builder.Services.AddWebhookHandler<ApplyNumberOrderEvent>();
        builder.Services.AddQuartz(q => q.ScheduleJob<NumberOrderCheckJob>(trigger => trigger.WithIdentity(nameof(NumberOrderCheckJob))
            .StartAt(DateTimeOffset.UtcNow.AddSeconds(10)).WithSimpleSchedule(s => s.WithInterval(NumberOrderCheckJob.Every).RepeatForever())));
    }

    public static IEndpointRouteBuilder MapNumbers(this IEndpointRouteBuilder endpoints) => endpoints;
}
