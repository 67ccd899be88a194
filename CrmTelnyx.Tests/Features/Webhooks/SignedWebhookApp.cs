using CrmTelnyx.Features.TextCenter;
using CrmTelnyx.Features.Webhooks;
using CrmTelnyx.Tests.Infrastructure;
using CrmTelnyx.Live;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CrmTelnyx.Tests.Features.Webhooks;

/// <summary>The app in Live mode with a webhook key pair made for the test, and quick webhook retries.</summary>
public sealed class SignedWebhookApp : CrmAppFactory
{
    public TelnyxWebhookSigner Signer { get; } = new();

    public RecordingLiveNotifier Live { get; } = new();

    public SignedWebhookApp()
    {
        Settings["Telnyx:ApiKey"] = "KEY-test";
        Settings["Telnyx:PublicKey"] = Signer.PublicKeyBase64;
        // Live mode without a Telnyx to talk to: a keyword's automatic answer fails at once instead of waiting on the network.
        Settings["Telnyx:BaseUrl"] = "http://127.0.0.1:1/v2";
        Settings["Webhooks:RetryBaseDelay"] = "00:00:00.050";
        Settings["Webhooks:MaxAttempts"] = "3";
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<ILiveNotifier>(Live));
    }

    public Task<HttpResponseMessage> PostSignedAsync(string body, string path = "/webhooks/telnyx") =>
        Signer.PostAsync(CreateClient(), body, path);

    public Task<List<WebhookEvent>> EventsAsync(string eventId) =>
        WithDbAsync(db => db.Set<WebhookEvent>().AsNoTracking().Where(e => e.EventId == eventId).ToListAsync());

    /// <summary>Waits until the processor is done with the event (Processed, or Failed after its last attempt).</summary>
    public Task<WebhookEvent> SettledAsync(string eventId) =>
        Eventually.ReturnsAsync(
            async () => (await EventsAsync(eventId)).SingleOrDefault(),
            e => e is { Status: WebhookEventStatus.Processed or WebhookEventStatus.Failed })!;

    public Task<Message?> MessageAsync(string telnyxMessageId) =>
        WithDbAsync(db => db.Set<Message>().AsNoTracking().SingleOrDefaultAsync(m => m.TelnyxMessageId == telnyxMessageId));

    public Task<int> MessageCountAsync(string telnyxMessageId) =>
        WithDbAsync(db => db.Set<Message>().CountAsync(m => m.TelnyxMessageId == telnyxMessageId));

    public Task SeedOutboundAsync(string telnyxMessageId) => WithDbAsync(async db =>
    {
        db.Add(new Message { TelnyxMessageId = telnyxMessageId, From = "+13125550001", To = "+13125550002", Text = "Hello", CreatedAt = DateTimeOffset.UtcNow });
        return await db.SaveChangesAsync();
    });
}
