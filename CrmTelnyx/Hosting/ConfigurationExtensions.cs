namespace CrmTelnyx.Hosting;

public static class ConfigurationExtensions
{
    public static IHostApplicationBuilder AddAppConfiguration(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<AppOptions>()
            .BindConfiguration(AppOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddTrustedForwardedHeaders();
        builder.Services.AddSingleton<DataFolder>();
        builder.Services.AddSingleton<AppAddresses>();
        builder.Services.AddSingleton(TimeProvider.System);
        return builder;
    }
}
