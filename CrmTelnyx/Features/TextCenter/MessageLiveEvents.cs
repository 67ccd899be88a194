namespace CrmTelnyx.Features.TextCenter;

/// <summary>The push sent to open Text Center pages when a message changes.</summary>
public static class MessageLiveEvents
{
    public const string Topic = "messages";
    public const string StatusChanged = "message-status";

    public static object Describe(Message message) => new
    {
        id = message.Id,
        telnyxMessageId = message.TelnyxMessageId,
        direction = message.Direction.ToString(),
        status = message.Status,
    };
}
