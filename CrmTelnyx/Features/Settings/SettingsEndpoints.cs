using System.Security.Claims;
using CrmTelnyx.Features.Users;
using CrmTelnyx.Identity;
using Microsoft.AspNetCore.Http.HttpResults;
using CrmTelnyx.Live;

namespace CrmTelnyx.Features.Settings;

public static class SettingsEndpoints
{
    public static IEndpointRouteBuilder MapSettings(this IEndpointRouteBuilder app)
    {
        var settings = app.MapGroup("/settings").RequireAuthorization(AppPolicies.AdminOnly);
        settings.MapPost("/live-test", SendLiveTest);
        return app;
    }

    /// <summary>Pushes a toast to the admin's own browsers, so they can see the live channel works end to end.</summary>
    // Binding the form makes the endpoint check the antiforgery token the page's htmx form carries.
    public static async Task<ContentHttpResult> SendLiveTest(ClaimsPrincipal user, ILiveNotifier notifier, TimeProvider time, IFormCollection form)
    {
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier)!;
        var at = time.GetUtcNow();
        await notifier.PublishAsync(LiveTopics.User(userId), LiveNotice.EventName, new LiveNotice("Live updates work", $"Test update sent at {at:HH:mm:ss} UTC."));
        return TypedResults.Content($"Sent at {at:HH:mm:ss} UTC: a notice should appear at the bottom right.", "text/html");
    }
}
