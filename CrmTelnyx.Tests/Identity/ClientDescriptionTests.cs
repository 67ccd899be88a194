using System.Net;
using CrmTelnyx.Identity;
using Microsoft.AspNetCore.Http;

namespace CrmTelnyx.Tests.Identity;

/// <summary>The words "Your sessions" shows for each sign-in, from its browser's user agent and address.</summary>
public sealed class ClientDescriptionTests
{
    [Theory]
    [InlineData("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36 Edg/131.0", "Edge on Windows")]
    [InlineData("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36", "Chrome on Windows")]
    [InlineData("Mozilla/5.0 (Macintosh; Intel Mac OS X 14_0; rv:133.0) Gecko/20100101 Firefox/133.0", "Firefox on macOS")]
    [InlineData("Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1", "Safari on iOS")]
    [InlineData("Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Mobile Safari/537.36", "Chrome on Android")]
    [InlineData("", "An unknown browser on an unknown system")]
    public void Names_the_browser_and_system_and_the_address(string userAgent, string expected)
    {
        var context = new DefaultHttpContext();
        context.Request.Headers.UserAgent = userAgent;
        context.Connection.RemoteIpAddress = IPAddress.Parse("203.0.113.7").MapToIPv6();

        Assert.Equal($"{expected} · 203.0.113.7", ClientDescription.Of(context));
    }
}
