using System.ComponentModel.DataAnnotations;

namespace CrmTelnyx.Sandbox.Control;

/// <summary>Changes how long messages and calls take, and how often deliverable messages fail at random, from now on.</summary>
public sealed class ChangeTimings(SandboxRuntimeSettings runtime)
{
    public const int MaxDelayMs = 600_000;
    public const int MaxCallMs = 3_600_000;

    public sealed class Timings
    {
        [Range(0, MaxDelayMs, ErrorMessage = "Between 0 and 600,000 ms.")] public int MessageSentDelayMs { get; set; }
        [Range(0, MaxDelayMs, ErrorMessage = "Between 0 and 600,000 ms.")] public int MessageFinalizedDelayMs { get; set; }
        [Range(0, MaxDelayMs, ErrorMessage = "Between 0 and 600,000 ms.")] public int CallAnswerDelayMs { get; set; }
        [Range(0, MaxCallMs, ErrorMessage = "Between 0 and 3,600,000 ms.")] public int CallDurationMs { get; set; }
        /// <summary>Percent of otherwise deliverable messages that fail with 40008.</summary>
        [Range(0.0, 100.0, ErrorMessage = "Between 0 and 100 %.")] public double RandomFailurePercent { get; set; }
    }

    public Timings Current() => new()
    {
        MessageSentDelayMs = runtime.MessageSentDelayMs, MessageFinalizedDelayMs = runtime.MessageFinalizedDelayMs,
        CallAnswerDelayMs = runtime.CallAnswerDelayMs, CallDurationMs = runtime.CallDurationMs,
        RandomFailurePercent = Math.Round(runtime.RandomFailureRate * 100, 2),
    };

    public ControlOutcome Change(Timings timings)
    {
        var errors = new List<ValidationResult>();
        if (!Validator.TryValidateObject(timings, new ValidationContext(timings), errors, validateAllProperties: true))
            return new ControlOutcome(false, string.Join(" ", errors.Select(e => $"{string.Join(", ", e.MemberNames)}: {e.ErrorMessage}")));
        // Range lets NaN through (every comparison with it is false).
        if (!double.IsFinite(timings.RandomFailurePercent))
            return new ControlOutcome(false, $"{nameof(Timings.RandomFailurePercent)}: {SettingNumber.Between(0, 100, "%")}");
        runtime.MessageSentDelayMs = timings.MessageSentDelayMs;
        runtime.MessageFinalizedDelayMs = timings.MessageFinalizedDelayMs;
        runtime.CallAnswerDelayMs = timings.CallAnswerDelayMs;
        runtime.CallDurationMs = timings.CallDurationMs;
        runtime.RandomFailureRate = timings.RandomFailurePercent / 100;
        return new ControlOutcome(true, "Saved; they apply to what happens from now on.");
    }
}
