using System.Text.Json;

namespace CrmTelnyx.Telnyx;

/// <summary>What Telnyx POSTs: <c>{"data":{event_type,id,occurred_at,payload,record_type},"meta":{attempt,delivered_to}}</c>.</summary>
public sealed record TelnyxWebhookEnvelope(TelnyxEventData Data, TelnyxEventMeta? Meta);

public sealed record TelnyxEventData(string Id, string EventType, DateTimeOffset? OccurredAt, string? RecordType, JsonElement Payload)
{
    /// <summary>The payload as one of the typed records (<see cref="TelnyxMessage"/>, <see cref="CallEventPayload"/>, <see cref="TelnyxNumberOrder"/>).</summary>
    public T PayloadAs<T>() =>
        // A missing payload is an undefined element, which Deserialize meets with InvalidOperationException: say what is wrong instead.
        (Payload.ValueKind == JsonValueKind.Object ? Payload.Deserialize<T>(TelnyxJson.SnakeCase) : default)
        ?? throw new JsonException($"The {EventType} event {Id} has no payload object.");
}

public sealed record TelnyxEventMeta(int? Attempt, string? DeliveredTo);
