using System.Text.Json.Nodes;

namespace CrmTelnyx.Sandbox.Webhooks;

/// <summary>
/// One event to deliver: the same id and payload on every attempt, only meta.attempt counts up.
/// When every attempt at <see cref="Url"/> fails, the event goes to <see cref="FailoverUrl"/>, as Telnyx does.
/// </summary>
public sealed record WebhookEvent(Guid Id, string EventType, DateTime OccurredAt, JsonNode Payload, string Url, string? FailoverUrl = null)
{
    public string Envelope(int attempt) => new JsonObject
    {
        ["data"] = new JsonObject
        {
            ["event_type"] = EventType,
            ["id"] = Id.ToString(),
            ["occurred_at"] = SandboxJson.Time(OccurredAt),
            ["payload"] = Payload.DeepClone(),
            ["record_type"] = "event",
        },
        ["meta"] = new JsonObject { ["attempt"] = attempt, ["delivered_to"] = Url },
    }.ToJsonString(SandboxJson.Options);
}
