namespace CrmTelnyx.Features.Users;

/// <summary>Managing who can sign in and what they may do. The sign-in machinery itself is in Identity (AddCrmIdentity).</summary>
public static class UsersFeature
{
    public static IHostApplicationBuilder AddUsers(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton<UserSessions>();
        services.AddScoped<CreateUser>();
        services.AddScoped<ChangeUserRoles>();
        services.AddScoped<SetUserAccess>();
        services.AddScoped<ResetUserPassword>();
        return builder;
    }
}
