using CrmTelnyx.Features.Billing.Ledger;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CrmTelnyx.Features.Billing;

/// <summary>Billing: one ledger of what texts, calls and numbers cost, written as the costs are saved.</summary>
public static class BillingFeature
{
    public static IHostApplicationBuilder AddBilling(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<IInterceptor, LedgerPosting>();
        builder.Services.AddScoped<Tab.BillingQuery>();
        return builder;
    }
}
