using CrmTelnyx.Features.Webhooks;
using CrmTelnyx.Identity;
using CrmTelnyx.Sandbox;
using CrmTelnyx.Sandbox.Control;
using CrmTelnyx.Telnyx;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CrmTelnyx.Hosting;

/// <summary>
/// Where the built-in sandbox meets the product: it is on when no Telnyx API key is configured, the product's Telnyx
/// client is pointed at it, its webhooks go to the app's receiver, and its control page admits admins. The sandbox
/// itself knows none of this (it asks <see cref="ISandboxHost"/> and names its own page policy).
/// </summary>
public static class SandboxWiring
{
    public static IHostApplicationBuilder AddSandboxWiring(this IHostApplicationBuilder builder)
    {
        builder.AddTelnyxSandbox();
        var services = builder.Services;
        services.AddSingleton<ISandboxHost, AppSandboxHost>();
        services.AddSingleton<SandboxConnectionSource>();
        services.Replace(ServiceDescriptor.Singleton<ITelnyxConnectionSource>(sp => sp.GetRequiredService<SandboxConnectionSource>()));
        // After every Configure, so the app's AdminOnly policy exists whatever order the features were added in.
        services.AddOptions<AuthorizationOptions>().PostConfigure(options =>
            options.AddPolicy(SandboxPage.Policy, options.GetPolicy(AppPolicies.AdminOnly)
                ?? throw new InvalidOperationException($"The {AppPolicies.AdminOnly} policy must be registered before the sandbox page uses it.")));
        return builder;
    }

    private sealed class AppSandboxHost(IOptions<TelnyxOptions> telnyx, AppAddresses addresses, DataFolder dataFolder) : ISandboxHost
    {
        public bool IsActive => telnyx.Value.Mode == TelnyxMode.Sandbox;

        public Uri PublicBaseUrl => addresses.PublicBaseUrl;

        public Uri DefaultWebhookUrl => addresses.TelnyxWebhookUrl;

        public string DataDirectory => dataFolder.Path;
    }
}
