using CrmTelnyx.Features.Billing.Balance;
using CrmTelnyx.Features.Billing.Budget;
using CrmTelnyx.Features.Billing.Export;
using CrmTelnyx.Features.Billing.Ledger;
using CrmTelnyx.Features.Billing.NumberFees;
using CrmTelnyx.Features.Billing.Reconciliation;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Quartz;

namespace CrmTelnyx.Features.Billing;

/// <summary>Billing: one ledger of what texts, calls and numbers cost, written as the costs are saved, and checked against Telnyx nightly.</summary>
public static class BillingFeature
{
    public static IHostApplicationBuilder AddBilling(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<LedgerChanges>();
        builder.Services.AddSingleton<IInterceptor, LedgerPosting>();
        builder.Services.AddScoped<Tab.BillingQuery>();
        builder.Services.AddScoped<Ledger.Days.RebuildLedgerDays>();
        builder.Services.AddScoped<ReadTelnyxBalance>();
        builder.AddNumberFees();
        builder.AddReconciliation();
        builder.AddBudget();
        builder.Services.AddQuartz(q => q.ScheduleJob<LedgerRollUpStatisticsJob>(trigger => trigger.WithIdentity(nameof(LedgerRollUpStatisticsJob))
            .StartAt(DateTimeOffset.UtcNow.AddSeconds(30)).WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromHours(6)).RepeatForever())));
        return builder;
    }

    public static IEndpointRouteBuilder MapBilling(this IEndpointRouteBuilder app)
    {
        app.MapBillingExports();
        return app;
    }
}
