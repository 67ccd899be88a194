using System.Collections.Concurrent;
using CrmTelnyx.Live;

namespace CrmTelnyx.Tests.Infrastructure;

/// <summary>Stands in for the SignalR notifier and keeps what the app pushed, for "the browser was told" assertions.</summary>
public sealed class RecordingLiveNotifier : ILiveNotifier
{
    public sealed record Push(string Topic, string Name, string Data);

    public ConcurrentQueue<Push> Pushes { get; } = new();

    public Task PublishAsync(string topic, string name, object? data = null, CancellationToken cancellationToken = default)
    {
        Pushes.Enqueue(new Push(topic, name, System.Text.Json.JsonSerializer.Serialize(data)));
        return Task.CompletedTask;
    }
}
