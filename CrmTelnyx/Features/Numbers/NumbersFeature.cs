namespace CrmTelnyx.Features.Numbers;

/// <summary>The number manager: the company's Telnyx numbers, bought, synced, edited, health-checked and released here.</summary>
public static class NumbersFeature
{
    public static IHostApplicationBuilder AddNumbers(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<NumberAuditTrail>();
        return builder;
    }

    public static IEndpointRouteBuilder MapNumbers(this IEndpointRouteBuilder endpoints) => endpoints;
}
