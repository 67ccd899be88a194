using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace CrmTelnyx.Identity;

/// <summary>
/// Creates the roles and, on a first start, the admin account. A generated password is printed once, to the
/// console only (never to the log file); later starts leave an existing admin alone.
/// </summary>
public sealed class AdminAccountSeeder(
    IServiceScopeFactory scopes,
    IOptions<AdminOptions> options,
    TimeProvider time,
    [FromKeyedServices(AdminAccountSeeder.ConsoleKey)] TextWriter console,
    ILogger<AdminAccountSeeder> logger) : IHostedService
{
    public const string ConsoleKey = "first-run-console";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in AppRoles.All)
        {
            if (!await roles.RoleExistsAsync(role))
                EnsureSucceeded(await roles.CreateAsync(new IdentityRole(role)), $"create role {role}");
        }

        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var admin = options.Value;
        var email = admin.EmailOrDefault;
        if (await users.FindByEmailAsync(email) is not null) return;
        // With no admin configured, a database that already has an admin needs no new one.
        if (string.IsNullOrWhiteSpace(admin.Email) && (await users.GetUsersInRoleAsync(AppRoles.Admin)).Count > 0) return;

        var password = admin.HasPassword ? admin.Password! : UserPasswordRules.Generate();
        var user = new AppUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = "Administrator",
            CreatedAt = time.GetUtcNow(),
        };
        EnsureSucceeded(await users.CreateAsync(user, password), $"create the admin account {email}");
        EnsureSucceeded(await users.AddToRoleAsync(user, AppRoles.Admin), "make the first account an admin");
        logger.LogInformation("Created the admin account {Email}", email);

        if (!admin.HasPassword)
        {
            await console.WriteLineAsync($"""

                ==================================================================
                 First start: an admin account was created.
                   Email:    {email}
                   Password: {password}
                 This password is shown once. Sign in and change it on the Users page,
                 or set Admin__Email and Admin__Password before the first start.
                ==================================================================

                """);
            await console.FlushAsync(cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static void EnsureSucceeded(IdentityResult result, string what)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException($"Could not {what}: {string.Join(" ", result.Errors.Select(e => e.Description))}");
    }
}
