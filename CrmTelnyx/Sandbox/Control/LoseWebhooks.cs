namespace CrmTelnyx.Sandbox.Control;

/// <summary>
/// Loses the next webhooks of a kind on purpose, as the internet sometimes does: the app never hears of them, and only
/// Telnyx's records (detail records, GET) still have what they said. Shows what the app's settlement and reconciliation recover.
/// </summary>
public sealed class LoseWebhooks(SandboxRuntimeSettings runtime)
{
    public const int MaxCount = 100;

    /// <summary>The events worth losing: the ones that carry a cost or an end.</summary>
    public static readonly IReadOnlyList<(string EventType, string What)> Kinds =
    [
        ("message.finalized", "a text's delivery and cost"),
        ("call.cost", "a call leg's cost"),
        ("call.hangup", "a call leg's end"),
    ];

    public ControlOutcome Lose(string eventType, int count)
    {
        if (!Kinds.Any(k => k.EventType == eventType)) return new ControlOutcome(false, $"The sandbox does not lose '{eventType}' webhooks; pick one of the list.");
        if (count is < 1 or > MaxCount) return new ControlOutcome(false, $"How many: {SettingNumber.Between(1, MaxCount, "webhooks")}");
        runtime.LoseNextWebhooks(eventType, count);
        return new ControlOutcome(true, count == 1 ? $"The next {eventType} webhook will be lost." : $"The next {count} {eventType} webhooks will be lost.");
    }

    public ControlOutcome Keep(string eventType)
    {
        runtime.LoseNextWebhooks(eventType, 0);
        return new ControlOutcome(true, $"{eventType} webhooks are sent again.");
    }
}
