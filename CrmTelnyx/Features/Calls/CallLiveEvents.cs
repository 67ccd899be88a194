using CrmTelnyx.Live;

namespace CrmTelnyx.Features.Calls;

/// <summary>The push sent to open Calls pages and call panels when a call (or its recording) changes.</summary>
public static class CallLiveEvents
{
    public const string Topic = "calls";
    public const string Changed = "call-changed";

    public static Task PublishCallAsync(this ILiveNotifier live, Call call, CancellationToken cancellationToken) =>
        live.PublishAsync(Topic, Changed, new CallChanged(call.Id, call.Status, call.AgentUserId), cancellationToken);
}

/// <summary>A call moved, or something about it was recorded: pages showing it re-read the row.</summary>
public sealed record CallChanged(long CallId, string Status, string? AgentUserId);
