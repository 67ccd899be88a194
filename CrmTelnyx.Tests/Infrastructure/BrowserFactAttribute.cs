namespace CrmTelnyx.Tests.Infrastructure;

/// <summary>
/// A test that drives Debian's Chromium. Skipped, with the reason shown, only when Chromium is absent and
/// CRM_E2E_REQUIRED is not 1; .ci/run installs Chromium and sets CRM_E2E_REQUIRED=1, so there it always runs.
/// </summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (!BrowserLocator.IsAvailable && Environment.GetEnvironmentVariable("CRM_E2E_REQUIRED") != "1")
            Skip = $"Chromium not found at {BrowserLocator.ExecutablePath}: install it with `apt-get install -y chromium` (or set CRM_CHROMIUM) to run browser tests.";
    }
}

public static class BrowserLocator
{
    public static string ExecutablePath =>
        Environment.GetEnvironmentVariable("CRM_CHROMIUM") is { Length: > 0 } configured ? configured : "/usr/bin/chromium";

    public static bool IsAvailable => File.Exists(ExecutablePath);
}
