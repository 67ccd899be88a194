using System.Globalization;
using System.Text;

namespace CrmTelnyx.Sandbox.Webhooks;

/// <summary>POSTs one webhook attempt, signed and headed as Telnyx sends it.</summary>
public sealed class WebhookSender(HttpClient http, SandboxCredentials credentials, TimeProvider time, WebhookDeliveryLog log, ILogger<WebhookSender> logger)
{
    public async Task<bool> SendAsync(WebhookEvent webhook, int attempt, CancellationToken cancellationToken)
    {
        var body = webhook.Envelope(attempt);
        var timestamp = time.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        using var request = new HttpRequestMessage(HttpMethod.Post, webhook.Url)
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("telnyx-signature-ed25519", credentials.Signer.Sign(timestamp, body));
        request.Headers.Add("telnyx-timestamp", timestamp);
        request.Headers.TryAddWithoutValidation("User-Agent", "telnyx-webhooks");
        string outcome;
        bool delivered;
        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            delivered = response.IsSuccessStatusCode;
            outcome = ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            delivered = false;
            outcome = e.GetType().Name;
        }
        if (!delivered)
            logger.LogInformation("Sandbox webhook {EventType} attempt {Attempt} to {Url} not accepted: {Outcome}", webhook.EventType, attempt, webhook.Url, outcome);
        log.Add(new WebhookDeliveryLog.Entry(time.GetUtcNow(), webhook.EventType, webhook.Url, attempt, outcome, delivered));
        return delivered;
    }
}
