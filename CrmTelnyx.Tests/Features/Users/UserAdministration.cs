using CrmTelnyx.Components;
using CrmTelnyx.Features.Users;
using CrmTelnyx.Identity;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CrmTelnyx.Tests.Features.Users;

/// <summary>The Users feature's use cases, run as the pages run them: through the app's UseCaseRunner, a scope each.</summary>
public static class UserAdministration
{
    public static Task<TResult> RunAsync<TUseCase, TResult>(this CrmAppFactory app, Func<TUseCase, Task<TResult>> run) where TUseCase : notnull =>
        app.Services.GetRequiredService<UseCaseRunner>().RunAsync(run);

    public static Task<CreateUserResult> CreateUserThroughAdminAsync(this CrmAppFactory app, string email, string password, string role, string name = "Pat Example") =>
        app.RunAsync<CreateUser, CreateUserResult>(u => u.CreateAsync(new NewUserInput { DisplayName = name, Email = email, Password = password, Role = role }));

    public static Task<UserChangeResult> DisableUserAsync(this CrmAppFactory app, string userId) =>
        app.RunAsync<SetUserAccess, UserChangeResult>(u => u.DisableAsync(userId));

    public static Task<UserChangeResult> EnableUserAsync(this CrmAppFactory app, string userId) =>
        app.RunAsync<SetUserAccess, UserChangeResult>(u => u.EnableAsync(userId));

    public static Task<UserChangeResult> ChangeRolesAsync(this CrmAppFactory app, string userId, params string[] roles) =>
        app.RunAsync<ChangeUserRoles, UserChangeResult>(u => u.ChangeAsync(userId, roles));

    public static Task<UserChangeResult> ResetPasswordAsync(this CrmAppFactory app, string userId, string newPassword) =>
        app.RunAsync<ResetUserPassword, UserChangeResult>(u => u.ResetAsync(userId, newPassword));

    public static async Task<string> UserIdAsync(this CrmAppFactory app, string email) =>
        (await app.WithUsersAsync(u => u.FindByEmailAsync(email)))!.Id;

    public static async Task<AppUser> FindUserAsync(this CrmAppFactory app, string email) =>
        (await app.WithUsersAsync(u => u.FindByEmailAsync(email)))!;
}
