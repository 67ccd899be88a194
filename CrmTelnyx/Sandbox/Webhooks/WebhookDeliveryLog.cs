using System.Collections.Concurrent;
using CrmTelnyx.Sandbox.Control;

namespace CrmTelnyx.Sandbox.Webhooks;

/// <summary>The latest delivery attempts, so the control page can show whether the app is taking its webhooks.</summary>
public sealed class WebhookDeliveryLog(SandboxActivity activity)
{
    private const int Keep = 50;
    private readonly ConcurrentQueue<Entry> entries = new();

    public sealed record Entry(DateTimeOffset At, string EventType, string Url, int Attempt, string Outcome, bool Delivered);

    public void Add(Entry entry)
    {
        entries.Enqueue(entry);
        while (entries.Count > Keep) entries.TryDequeue(out _);
        activity.Signal();
    }

    public IReadOnlyList<Entry> Latest => entries.Reverse().ToList();
}
