using Quartz;

namespace CrmTelnyx.Features.Billing.Reconciliation;

/// <summary>The check against Telnyx's detail records: on the tab's button, and nightly for the day before.</summary>
public static class ReconciliationFeature
{
    public static IHostApplicationBuilder AddReconciliation(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ReconciliationOptions>().BindConfiguration(ReconciliationOptions.Section);
        builder.Services.AddScoped<ReconcileDay>();
        builder.Services.AddScoped<ReadReconciliation>();
        // Hourly: the job itself decides when yesterday is due in the company's zone.
        builder.Services.AddQuartz(q => q.ScheduleJob<NightlyReconciliationJob>(trigger => trigger.WithIdentity(nameof(NightlyReconciliationJob))
            .StartAt(DateTimeOffset.UtcNow.AddMinutes(2)).WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromHours(1)).RepeatForever())));
        return builder;
    }
}
