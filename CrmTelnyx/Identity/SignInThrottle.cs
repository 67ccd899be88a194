using System.Threading.RateLimiting;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace CrmTelnyx.Identity;

/// <summary>One sign-in try: the client's key (<see cref="SignInClient"/>) and the e-mail typed, normalized.</summary>
public sealed record SignInAttempt(string Client, string Email);

/// <summary>
/// Counts failed sign-ins with the framework's rate limiters (token buckets: a burst of N, then one more every
/// window / N), per client, per client and account, and per account (the ceiling; see SignInOptions). Failures only:
/// an office behind one address signing in every morning uses up nothing. Keys never depend on whether the account exists.
/// </summary>
public sealed class SignInThrottle : IDisposable
{
    private readonly Limit perClient, perClientAndAccount, perAccount;
    private readonly IMemoryCache unknownAccountLocks;

    // One try at a time per client, the rest queued: parallel guesses would otherwise all pass the check before any
    // of their failures is counted.
    private readonly PartitionedRateLimiter<string> turns = PartitionedRateLimiter.Create<string, string>(client =>
        RateLimitPartition.GetConcurrencyLimiter(client, _ => new ConcurrencyLimiterOptions
        {
            PermitLimit = 1,
            QueueLimit = 20,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        }));

    public SignInThrottle(IOptions<SignInOptions> options, IMemoryCache cache)
    {
        var limits = options.Value;
        LockDuration = limits.Window;
        unknownAccountLocks = cache;
        perClient = new Limit(limits.FailuresPerClient, limits.Window);
        perClientAndAccount = new Limit(limits.FailuresPerClientAndAccount, limits.Window);
        perAccount = new Limit(limits.FailuresPerAccount, limits.Window);
    }

    public TimeSpan LockDuration { get; }

    /// <summary>This client's turn (held while its try is checked and counted); not acquired when too many are waiting.</summary>
    public ValueTask<RateLimitLease> TakeTurnAsync(SignInAttempt attempt, CancellationToken cancellation) =>
        turns.AcquireAsync(attempt.Client, 1, cancellation);

    /// <summary>How long this client must wait before its next try, or null when it may try now.</summary>
    public TimeSpan? ClientMustWait(SignInAttempt attempt) =>
        perClient.WaitFor(attempt.Client) ?? perClientAndAccount.WaitFor(attempt);

    /// <summary>Counts a failed try; true when the account-wide ceiling is now reached and the account should lock.</summary>
    public bool CountFailure(SignInAttempt attempt)
    {
        perClient.Take(attempt.Client);
        perClientAndAccount.Take(attempt);
        perAccount.Take(attempt.Email);
        return perAccount.WaitFor(attempt.Email) is not null;
    }

    /// <summary>An e-mail with no account "locks" like a real one would, so the answers cannot tell them apart.</summary>
    public void LockUnknownAccount(string email) => unknownAccountLocks.Set(UnknownLockKey(email), true, LockDuration);

    public bool IsUnknownAccountLocked(string email) => unknownAccountLocks.TryGetValue(UnknownLockKey(email), out _);

    private static string UnknownLockKey(string email) => $"sign-in-lock:{email}";

    public void Dispose()
    {
        turns.Dispose();
        perClient.Dispose();
        perClientAndAccount.Dispose();
        perAccount.Dispose();
    }

    /// <summary>A token bucket per key: <c>failures</c> at once, then one more every window / failures.</summary>
    private sealed class Limit(int failures, TimeSpan window) : IDisposable
    {
        private readonly TimeSpan refill = window / failures;

        private readonly PartitionedRateLimiter<object> buckets = PartitionedRateLimiter.Create<object, object>(key =>
            RateLimitPartition.GetTokenBucketLimiter(key, _ => new TokenBucketRateLimiterOptions
            {
                TokenLimit = failures,
                TokensPerPeriod = 1,
                ReplenishmentPeriod = window / failures,
                QueueLimit = 0,
            }));

        // Statistics, not a zero-permit lease: the bucket refills in fractions, and a fraction of a token is no try.
        public TimeSpan? WaitFor(object key) => buckets.GetStatistics(key)?.CurrentAvailablePermits >= 1 ? null : refill;

        public void Take(object key)
        {
            using var _ = buckets.AttemptAcquire(key, 1);
        }

        public void Dispose() => buckets.Dispose();
    }
}
