using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CrmTelnyx.Telnyx;

public static class TelnyxExtensions
{
    public static IHostApplicationBuilder AddTelnyx(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<TelnyxOptions>()
            .BindConfiguration(TelnyxOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<ConfiguredTelnyxConnectionSource>();
        builder.Services.TryAddSingleton<ITelnyxConnectionSource>(s => s.GetRequiredService<ConfiguredTelnyxConnectionSource>());
        return builder;
    }
}
