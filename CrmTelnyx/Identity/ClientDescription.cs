namespace CrmTelnyx.Identity;

/// <summary>A few words a person recognises a sign-in by ("Firefox on Windows · 203.0.113.7"), from its request.</summary>
public static class ClientDescription
{
    public static string Of(HttpContext context)
    {
        var agent = context.Request.Headers.UserAgent.ToString();
        var address = context.Connection.RemoteIpAddress is { } ip ? (ip.IsIPv4MappedToIPv6 ? ip.MapToIPv4() : ip).ToString() : null;
        var client = $"{Browser(agent)} on {Platform(agent)}";
        return address is null ? client : $"{client} · {address}";
    }

    // Order matters: Edge and Opera also say Chrome, and Chrome also says Safari.
    private static string Browser(string agent) =>
        agent.Contains("Edg/") ? "Edge"
        : agent.Contains("OPR/") ? "Opera"
        : agent.Contains("Firefox/") ? "Firefox"
        : agent.Contains("Chrome/") || agent.Contains("Chromium/") ? "Chrome"
        : agent.Contains("Safari/") ? "Safari"
        : "An unknown browser";

    // Android and ChromeOS also say Linux; iPhones also say Mac OS X.
    private static string Platform(string agent) =>
        agent.Contains("Windows") ? "Windows"
        : agent.Contains("iPhone") || agent.Contains("iPad") ? "iOS"
        : agent.Contains("Android") ? "Android"
        : agent.Contains("CrOS") ? "ChromeOS"
        : agent.Contains("Mac OS X") ? "macOS"
        : agent.Contains("Linux") ? "Linux"
        : "an unknown system";
}
