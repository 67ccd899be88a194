using Quartz;

namespace CrmTelnyx.Features.Calls.Settlement;

/// <summary>Settling calls whose hangup or cost webhook was lost, from Telnyx's own view of them.</summary>
public static class CallSettlementExtensions
{
    public static IHostApplicationBuilder AddCallSettlement(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<CallSettlementOptions>().BindConfiguration(CallSettlementOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddScoped<SettleStaleCalls>();
        // Read here, as Quartz's triggers are registered before the options exist; RunOnSchedule is read by the job.
        var every = TimeSpan.FromMinutes(builder.Configuration.GetValue(
            $"{CallSettlementOptions.Section}:{nameof(CallSettlementOptions.EveryMinutes)}", new CallSettlementOptions().EveryMinutes));
        builder.Services.AddQuartz(q => q.ScheduleJob<SettleStaleCallsJob>(trigger => trigger.WithIdentity(nameof(SettleStaleCallsJob))
            .StartAt(DateTimeOffset.UtcNow.AddMinutes(1)).WithSimpleSchedule(s => s.WithInterval(every).RepeatForever())));
        return builder;
    }
}
