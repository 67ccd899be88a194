using CrmTelnyx.Tests.Infrastructure;
using Microsoft.Extensions.Options;

namespace CrmTelnyx.Tests.Configuration;

public sealed class SignInAndProxySettingsTests
{
    [Theory]
    [InlineData("App:ForwardedHeaders:KnownProxies:0", "proxy.internal", "App:ForwardedHeaders:KnownProxies must list IP addresses")]
    [InlineData("App:ForwardedHeaders:KnownNetworks:0", "10.0.0.0/99", "App:ForwardedHeaders:KnownNetworks must list networks in CIDR form")]
    [InlineData("SignIn:FailuresPerClientAndAccount", "0", "SignIn:FailuresPerClientAndAccount must be between 1 and 1000")]
    [InlineData("SignIn:Window", "00:00:05", "SignIn:Window must be between 00:01:00 and 1.00:00:00")]
    public void A_bad_setting_stops_start_up_with_a_message_naming_it(string key, string value, string message)
    {
        using var app = new CrmAppFactory();
        app.Settings[key] = value;

        var error = Assert.ThrowsAny<OptionsValidationException>(() => app.CreateClient());

        Assert.Contains(message, error.Message);
    }
}
