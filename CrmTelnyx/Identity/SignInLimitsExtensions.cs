namespace CrmTelnyx.Identity;

public static class SignInLimitsExtensions
{
    /// <summary>The sign-in use case and the per-client limits it applies (<see cref="SignInOptions"/>).</summary>
    public static IServiceCollection AddPasswordSignIn(this IServiceCollection services)
    {
        services.AddOptions<SignInOptions>().BindConfiguration(SignInOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddMemoryCache();
        services.AddSingleton<SignInThrottle>();
        services.AddScoped<PasswordSignIn>();
        return services;
    }
}
