using Microsoft.AspNetCore.Identity;
using Quartz;

namespace CrmTelnyx.Identity;

public static class SignInSessionsExtensions
{
    /// <summary>Server-side sign-in sessions: recorded at sign-in, checked on every request and open page, swept when old.</summary>
    public static IServiceCollection AddSignInSessions(this IServiceCollection services)
    {
        services.AddMemoryCache();
        services.AddSingleton<SignInSessions>();
        services.Configure<SecurityStampValidatorOptions>(o => o.OnRefreshingPrincipal = SignInCookieCheck.KeepSession);
        services.AddQuartz(q => q.ScheduleJob<UserSessionSweep>(trigger => trigger.WithIdentity(nameof(UserSessionSweep))
            .StartNow().WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromHours(1)).RepeatForever())));
        return services;
    }
}
