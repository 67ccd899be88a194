using CrmTelnyx.Live;

namespace CrmTelnyx.Features.TextCenter;

/// <summary>The push sent to open Text Center pages when a message changes.</summary>
public static class MessageLiveEvents
{
    public const string Topic = LiveTopics.Messages;
    public const string StatusChanged = "message-status";

    public static Task PublishMessageAsync(this ILiveNotifier live, Message message, CancellationToken cancellationToken) =>
        live.PublishAsync(Topic, StatusChanged, new
        {
            id = message.Id,
            telnyxMessageId = message.TelnyxMessageId,
            direction = message.Direction.ToString(),
            status = message.Status,
        }, cancellationToken);
}
