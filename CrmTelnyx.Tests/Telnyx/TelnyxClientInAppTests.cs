using CrmTelnyx.Telnyx;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CrmTelnyx.Tests.Telnyx;

/// <summary>The client as the app builds it, in Live mode, against a real socket nobody listens on.</summary>
public sealed class TelnyxClientInAppTests
{
    [Fact]
    public async Task A_refused_connection_is_reported_as_telnyx_unreachable_with_nothing_sent()
    {
        using var app = new CrmAppFactory();
        app.Settings["Telnyx:ApiKey"] = "KEY-test";
        app.Settings["Telnyx:PublicKey"] = new TelnyxWebhookSigner().PublicKeyBase64;
        // Port 1 on loopback: the operating system refuses the connection at once.
        app.Settings["Telnyx:BaseUrl"] = "http://127.0.0.1:1/v2";
        app.Settings["Telnyx:Resilience:RetryBaseDelay"] = "00:00:00.010";
        using var scope = app.Services.CreateScope();
        var client = scope.ServiceProvider.GetRequiredService<TelnyxClient>();

        var error = await Assert.ThrowsAsync<TelnyxUnreachableException>(() =>
            client.SendMessageAsync(new SendMessageRequest("+13125550001", "+13125550002", "Hello")));

        // A refused connection never reached Telnyx, so the user is told nothing was sent (and it was retried safely).
        Assert.Equal(TelnyxUnreachableException.DefaultMessage, error.UserMessage);
        Assert.True(TelnyxRetryRules.NeverReachedTelnyx(error.InnerException!));
    }
}
