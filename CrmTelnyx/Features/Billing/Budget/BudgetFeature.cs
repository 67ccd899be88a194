namespace CrmTelnyx.Features.Billing.Budget;

/// <summary>The monthly budget: its warnings, and the hold on blasts that would pass it.</summary>
public static class BudgetFeature
{
    public static IHostApplicationBuilder AddBudget(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<ReadBudget>();
        builder.Services.AddScoped<BlastBudgetHold>();
        builder.Services.AddScoped<ListHeldBlasts>();
        builder.Services.AddScoped<SaveBudget>();
        builder.Services.AddSingleton<BudgetChanges>();
        return builder;
    }
}
