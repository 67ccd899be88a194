using Microsoft.Extensions.Options;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;

namespace CrmTelnyx.Telnyx;

/// <summary>
/// One pipeline for the whole app, so the circuit breaker sees every request: retry (per <see cref="TelnyxRetryRules"/>,
/// honouring Retry-After) around a circuit breaker around a per-attempt timeout.
/// </summary>
public sealed class TelnyxResiliencePipeline
{
    public static readonly ResiliencePropertyKey<bool> IsReadKey = new("telnyx.is-read");

    public ResiliencePipeline<HttpResponseMessage> Pipeline { get; }

    public TelnyxResiliencePipeline(IOptions<TelnyxResilienceOptions> options, TimeProvider time, ILogger<TelnyxResiliencePipeline> logger)
    {
        var o = options.Value;
        Pipeline = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = time }
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                // Polly needs at least one; MaxRetryAttempts = 0 is honoured in ShouldHandle instead.
                MaxRetryAttempts = Math.Max(o.MaxRetryAttempts, 1),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = o.RetryBaseDelay,
                MaxDelay = o.MaxRetryDelay,
                ShouldHandle = args => ValueTask.FromResult(
                    o.MaxRetryAttempts > 0
                    && TelnyxRetryRules.ShouldRetry(args.Outcome, args.Context.Properties.GetValue(IsReadKey, false))
                    && !(TelnyxRetryDelay.Requested(args.Outcome.Result, time) > o.MaxRetryDelay)),
                DelayGenerator = args => ValueTask.FromResult(TelnyxRetryDelay.Requested(args.Outcome.Result, time)),
                OnRetry = args =>
                {
                    logger.LogWarning("Telnyx request failed ({Outcome}); attempt {Attempt} in {Delay}",
                        args.Outcome.Exception?.GetType().Name ?? ((int)args.Outcome.Result!.StatusCode).ToString(),
                        args.AttemptNumber + 2, args.RetryDelay);
                    return default;
                },
            })
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions<HttpResponseMessage>
            {
                FailureRatio = o.BreakerFailureRatio,
                MinimumThroughput = o.BreakerMinimumThroughput,
                SamplingDuration = o.BreakerSamplingDuration,
                BreakDuration = o.BreakDuration,
                ShouldHandle = args => ValueTask.FromResult(TelnyxRetryRules.IsUnreachable(args.Outcome)),
                OnOpened = args =>
                {
                    logger.LogError("Telnyx looks unreachable: requests are refused for {Duration}", args.BreakDuration);
                    return default;
                },
            })
            .AddTimeout(o.AttemptTimeout)
            .Build();
    }
}
