using System.Text.Json.Serialization;
using CrmTelnyx.Live;

namespace CrmTelnyx.Features.TextCenter.Conversations;

/// <summary>The push sent to open inboxes when a thread changes (a text in or out, read, assigned, done).</summary>
public static class ConversationLiveEvents
{
    /// <summary>One topic for the whole inbox: pages re-read the threads they show, coalesced.</summary>
    public const string Topic = "conversation:inbox";
    public const string Changed = "conversation-changed";

    public static Task PublishConversationAsync(this ILiveNotifier live, Conversation thread, bool newInbound, CancellationToken cancellationToken) =>
        live.PublishAsync(Topic, Changed, new ConversationChanged(thread.Id, thread.Phone, newInbound), cancellationToken);
}

/// <param name="NewInbound">A text from the person arrived (the inbox may play its sound).</param>
public sealed record ConversationChanged(
    [property: JsonPropertyName("id")] long Id,
    [property: JsonPropertyName("phone")] string Phone,
    [property: JsonPropertyName("newInbound")] bool NewInbound);
