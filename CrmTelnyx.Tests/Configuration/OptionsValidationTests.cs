using CrmTelnyx.Tests.Infrastructure;
using Microsoft.Extensions.Options;

namespace CrmTelnyx.Tests.Configuration;

public sealed class OptionsValidationTests
{
    [Theory]
    [InlineData("Telnyx:PublicKey", "not-base64!", "Telnyx:PublicKey must be the base64 text of a 32-byte")]
    [InlineData("Telnyx:BaseUrl", "api.telnyx.com", "Telnyx:BaseUrl must be an absolute http(s) URL")]
    [InlineData("App:PublicBaseUrl", "crm.example.com", "App:PublicBaseUrl must be an absolute http(s) URL")]
    [InlineData("Admin:Email", "not-an-email", "Admin:Email must be an email address")]
    [InlineData("Admin:Password", "short", "Admin:Password must be at least 10 characters")]
    public void A_bad_setting_stops_start_up_with_a_message_naming_it(string key, string value, string message)
    {
        using var app = new CrmAppFactory();
        app.Settings[key] = value;

        var error = Assert.ThrowsAny<OptionsValidationException>(() => app.CreateClient());

        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void A_live_api_key_without_the_webhook_public_key_is_refused()
    {
        using var app = new CrmAppFactory();
        app.Settings["Telnyx:ApiKey"] = "KEY-some-key";

        var error = Assert.ThrowsAny<OptionsValidationException>(() => app.CreateClient());

        Assert.Contains("Telnyx:PublicKey is required with Telnyx:ApiKey", error.Message);
    }
}
