using CrmTelnyx.Tests.Infrastructure;
using Microsoft.Extensions.Options;

namespace CrmTelnyx.Tests.Sandbox;

public class SandboxOptionsTests
{
    [Theory]
    [InlineData("Sandbox:RandomFailureRate", "1.5", "Sandbox:RandomFailureRate must be between 0 and 1")]
    [InlineData("Sandbox:WebhookAttempts", "0", "Sandbox:WebhookAttempts must be between 1 and 10")]
    [InlineData("Sandbox:WebhookUrl", "hooks.example.com", "Sandbox:WebhookUrl must be an absolute http(s) URL")]
    [InlineData("Sandbox:MessageRate", "-0.01", "Sandbox:MessageRate must not be negative")]
    [InlineData("Sandbox:MmsCarrierFee", "-0.005", "Sandbox:MmsCarrierFee must not be negative")]
    public void A_bad_sandbox_setting_stops_start_up_with_a_message_naming_it(string key, string value, string message)
    {
        using var app = new CrmAppFactory();
        app.Settings[key] = value;

        var error = Assert.ThrowsAny<OptionsValidationException>(() => app.CreateClient());

        Assert.Contains(message, error.Message);
    }
}
