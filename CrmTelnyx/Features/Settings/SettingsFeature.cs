namespace CrmTelnyx.Features.Settings;

/// <summary>The installation's settings page (configuration is read-only; number health thresholds are edited) and its live-channel check.</summary>
public static class SettingsFeature
{
    public static IHostApplicationBuilder AddSettings(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<SendTestNotice>();
        return builder;
    }
}
