namespace CrmTelnyx.Telnyx;

public static class TelnyxExtensions
{
    public static IHostApplicationBuilder AddTelnyx(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<TelnyxOptions>()
            .BindConfiguration(TelnyxOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        return builder;
    }
}
