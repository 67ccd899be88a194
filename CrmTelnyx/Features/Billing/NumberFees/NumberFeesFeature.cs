using Microsoft.EntityFrameworkCore.Diagnostics;
using Quartz;

namespace CrmTelnyx.Features.Billing.NumberFees;

/// <summary>Number fees in the ledger: upfront and first month in the purchase's own save, later months by a job.</summary>
public static class NumberFeesFeature
{
    public static IHostApplicationBuilder AddNumberFees(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<NumberFeesOptions>().BindConfiguration(NumberFeesOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<IInterceptor, NumberFeePosting>();
        builder.Services.AddScoped<PostNumberFees>();
        // Read here because Quartz's triggers are registered before options exist (as NumbersFeature does); a minute after
        // start, so a restart catches up at once what fell due while the app was down.
        var every = TimeSpan.FromMinutes(builder.Configuration.GetValue($"{NumberFeesOptions.Section}:{nameof(NumberFeesOptions.EveryMinutes)}", 60));
        builder.Services.AddQuartz(q => q.ScheduleJob<NumberFeeJob>(trigger => trigger.WithIdentity(nameof(NumberFeeJob))
            .StartAt(DateTimeOffset.UtcNow.AddMinutes(1)).WithSimpleSchedule(s => s.WithInterval(every).RepeatForever())));
        return builder;
    }
}
