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
        builder.Services.AddSingleton<NumberSyncLock>();
        builder.Services.AddScoped<NumberStats>();
        builder.Services.AddScoped<ListNumbers>();
        // A few seconds after start, once the app listens (the sandbox is reached through the app's own address). The
        // interval is read here, as Quartz's triggers are registered before the options exist; SyncOnSchedule is read by
        // the job, so settings added late (a test host's) still count.
        var every = TimeSpan.FromMinutes(builder.Configuration.GetValue($"{NumbersOptions.Section}:{nameof(NumbersOptions.SyncEveryMinutes)}", 60));
        builder.Services.AddQuartz(q => q.ScheduleJob<NumberSyncJob>(trigger => trigger.WithIdentity(nameof(NumberSyncJob))
            .StartAt(DateTimeOffset.UtcNow.AddSeconds(3)).WithSimpleSchedule(s => s.WithInterval(every).RepeatForever())));
        return builder;
    }

    public static IEndpointRouteBuilder MapNumbers(this IEndpointRouteBuilder endpoints) => endpoints;
}
