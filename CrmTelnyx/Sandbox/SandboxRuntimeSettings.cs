using System.Collections.Concurrent;
using CrmTelnyx.Sandbox.TenDlc;
using Microsoft.Extensions.Options;

namespace CrmTelnyx.Sandbox;

/// <summary>
/// The knobs a person turns on the control page while the sandbox runs: delays and the random failure rate start
/// from <see cref="SandboxOptions"/>; destinations marked to fail. Kept in memory: a restart returns to the configured behaviour.
/// </summary>
public sealed class SandboxRuntimeSettings(IOptions<SandboxOptions> options)
{
    private readonly ConcurrentDictionary<string, string> failingDestinations = new();
    private readonly ConcurrentDictionary<string, int> webhooksToLose = new();

    public int MessageSentDelayMs { get; set; } = options.Value.MessageSentDelayMs;
    public int MessageFinalizedDelayMs { get; set; } = options.Value.MessageFinalizedDelayMs;
    public int CallAnswerDelayMs { get; set; } = options.Value.CallAnswerDelayMs;
    public int CallDurationMs { get; set; } = options.Value.CallDurationMs;
    public double RandomFailureRate { get; set; } = options.Value.RandomFailureRate;
    public int TenDlcReviewDelayMs { get; set; } = options.Value.TenDlcReviewDelayMs;

    /// <summary>How the 10DLC review decides, set on the control page; approving everything is the default.</summary>
    public TenDlcReviewSettings TenDlcReview { get; set; } = TenDlcReviewSettings.Approving;

    /// <summary>Destination number → the Telnyx delivery error code its messages fail with.</summary>
    public IReadOnlyDictionary<string, string> FailingDestinations => failingDestinations;

    public void MarkFailing(string phoneNumber, string errorCode) => failingDestinations[phoneNumber] = errorCode;

    public void ClearFailing(string phoneNumber) => failingDestinations.TryRemove(phoneNumber, out _);

    /// <summary>Event type → how many of its next webhooks are lost on purpose (never sent), to show what reconciliation recovers.</summary>
    public IReadOnlyDictionary<string, int> WebhooksToLose => webhooksToLose;

    public void LoseNextWebhooks(string eventType, int count)
    {
        if (count > 0) webhooksToLose[eventType] = count;
        else webhooksToLose.TryRemove(eventType, out _);
    }

    /// <summary>Whether this webhook is to be lost; counts it off.</summary>
    public bool TryLoseWebhook(string eventType)
    {
        while (webhooksToLose.TryGetValue(eventType, out var left))
        {
            var taken = left <= 1 ? webhooksToLose.TryRemove(new KeyValuePair<string, int>(eventType, left)) : webhooksToLose.TryUpdate(eventType, left - 1, left);
            if (taken) return true;
        }
        return false;
    }
}
