using Microsoft.Extensions.Options;

namespace CrmTelnyx.Hosting;

public static class SettingsCheck
{
    /// <summary>
    /// Checks every setting registered with ValidateOnStart before the app starts anything.
    /// The host would check them too, but only once it has begun starting, and then it disposes
    /// itself, so a bad value could surface as an unrelated error instead of the message naming it.
    /// </summary>
    public static WebApplication RefuseBadSettings(this WebApplication app)
    {
        app.Services.GetService<IStartupValidator>()?.Validate();
        return app;
    }
}
