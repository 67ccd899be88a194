using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CrmTelnyx.Features.Webhooks;

/// <summary>
/// POST /webhooks/telnyx (and /failover): verify the signature over the raw bytes, store the event once (through the
/// <see cref="WebhookInbox"/>, which commits events in batches), answer 200 once it is stored (Telnyx gives up after
/// 2 s). Applying it is the processor's job.
/// </summary>
public static class ReceiveTelnyxWebhook
{
    private const int MaxBodyBytes = 1024 * 1024;

    public static async Task<Results<Ok, UnauthorizedHttpResult, BadRequest<string>>> HandleAsync(
        HttpRequest request, WebhookSignatureVerifier verifier, WebhookInbox inbox,
        TimeProvider time, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var logger = loggers.CreateLogger(typeof(ReceiveTelnyxWebhook));
        var body = await ReadBodyAsync(request, cancellationToken);
        if (body is null) return TypedResults.BadRequest("The body is larger than a Telnyx webhook can be.");

        var check = verifier.Verify(
            request.Headers[WebhookSignatureVerifier.SignatureHeader], request.Headers[WebhookSignatureVerifier.TimestampHeader], body);
        if (check != WebhookSignatureCheck.Valid)
        {
            logger.LogWarning("Refused a webhook from {Address}: {Reason}", request.HttpContext.Connection.RemoteIpAddress, check);
            return TypedResults.Unauthorized();
        }

        if (ReadIdentity(body, out var eventId, out var eventType, out var occurredAt) is { } refusal)
            return TypedResults.BadRequest(refusal);

        // Answered only once the event is committed (with others that arrived meanwhile); a repeat of a stored event is a no-op.
        await inbox.StoreAsync(new WebhookEvent
        {
            EventId = eventId,
            EventType = eventType,
            OccurredAt = occurredAt,
            ReceivedAt = time.GetUtcNow(),
            Payload = System.Text.Encoding.UTF8.GetString(body),
        }, cancellationToken);
        return TypedResults.Ok();
    }

    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBodyBytes) return null;
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes) return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    /// <summary>Reads the event's identity, or says in a line why the body is not a Telnyx event (null when it is one).</summary>
    private static string? ReadIdentity(byte[] body, out string eventId, out string eventType, out DateTimeOffset? occurredAt)
    {
        eventId = eventType = "";
        occurredAt = null;
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException)
        {
            return "A Telnyx event is JSON; this body is not valid JSON.";
        }
        using (document)
        {
            // TryGetProperty throws on anything but an object, so every level's kind is checked before it is read.
            if (document.RootElement.ValueKind != JsonValueKind.Object) return "A Telnyx event is a JSON object.";
            if (!document.RootElement.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Object)
                return "A Telnyx event needs a data object.";
            eventId = data.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String ? id.GetString()! : "";
            eventType = data.TryGetProperty("event_type", out var type) && type.ValueKind == JsonValueKind.String ? type.GetString()! : "";
            if (eventId.Length is 0 or > 100 || eventType.Length is 0 or > 100)
                return "A Telnyx event needs data.id and data.event_type (text, at most 100 characters).";
            // The handlers read the payload as an object; one that is not would fail every retry in the background.
            if (data.TryGetProperty("payload", out var payload) && payload.ValueKind != JsonValueKind.Object)
                return "A Telnyx event's data.payload is an object.";
            if (data.TryGetProperty("occurred_at", out var at) && at.ValueKind == JsonValueKind.String && at.TryGetDateTimeOffset(out var parsed))
                occurredAt = parsed;
            return null;
        }
    }
}
