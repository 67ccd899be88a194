using System.Text.Json.Serialization;
using CrmTelnyx.Live;

namespace CrmTelnyx.Features.TextCenter;

/// <summary>The push sent to open Text Center pages when a message is recorded or changes.</summary>
public static class MessageLiveEvents
{
    public const string Topic = LiveTopics.Messages;
    public const string StatusChanged = "message-status";

    public static Task PublishMessageAsync(this ILiveNotifier live, Message message, CancellationToken cancellationToken) =>
        live.PublishAsync(Topic, StatusChanged,
            new MessageChanged(message.Id, message.TelnyxMessageId, message.Direction.ToString(), message.Status), cancellationToken);
}

/// <summary>A message was recorded or its status moved. Pages re-read the row; the names stay those the hub's clients know.</summary>
public sealed record MessageChanged(
    [property: JsonPropertyName("id")] long Id,
    [property: JsonPropertyName("telnyxMessageId")] string? TelnyxMessageId,
    [property: JsonPropertyName("direction")] string Direction,
    [property: JsonPropertyName("status")] string Status);
