using CrmTelnyx.Features.Users;
using CrmTelnyx.Identity;
using CrmTelnyx.Telnyx;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace CrmTelnyx.Hosting;

/// <summary>Tells the person who started the app where it is and how to sign in.</summary>
public sealed class StartupBanner(
    IHostApplicationLifetime lifetime,
    IServer server,
    IOptions<TelnyxOptions> telnyx,
    IOptions<AdminOptions> admin,
    DataFolder dataFolder,
    ILogger<StartupBanner> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            foreach (var address in addresses)
                logger.LogInformation("CrmTelnyx is running at {Url} — sign in at {Url}/account/login", address, address.TrimEnd('/'));
            logger.LogInformation("Telnyx mode: {Mode}. Admin account: {Email}. Data folder: {DataFolder}",
                telnyx.Value.Mode, admin.Value.EmailOrDefault, dataFolder.Path);
        });
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

public static class StartupBannerExtensions
{
    public static IHostApplicationBuilder AddStartupBanner(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHostedService<StartupBanner>();
        return builder;
    }
}
