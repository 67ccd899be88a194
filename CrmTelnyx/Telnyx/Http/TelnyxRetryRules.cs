using System.Net;
using Polly;
using Polly.Timeout;

namespace CrmTelnyx.Telnyx;

/// <summary>
/// Which failures are worth another attempt. Reads are retried on 429, 408, 5xx, timeouts and connection errors.
/// A write may already have created a message, call or order at Telnyx, so it is retried only on 429 (Telnyx
/// refused it unprocessed) or on a connection that never reached Telnyx. Other 4xx are never retried.
/// </summary>
public static class TelnyxRetryRules
{
    public static bool IsRead(HttpMethod method) => method == HttpMethod.Get || method == HttpMethod.Head;

    public static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, bool isRead)
    {
        if (outcome.Exception is { } exception)
            return isRead ? exception is HttpRequestException or TimeoutRejectedException : NeverReachedTelnyx(exception);

        var status = outcome.Result!.StatusCode;
        if (status == HttpStatusCode.TooManyRequests) return true;
        return isRead && IsServerTrouble(status);
    }

    /// <summary>What the circuit breaker counts: Telnyx down or not answering, not Telnyx saying no.</summary>
    public static bool IsUnreachable(Outcome<HttpResponseMessage> outcome) =>
        outcome.Exception is HttpRequestException or TimeoutRejectedException
        || (outcome.Result is { } response && IsServerTrouble(response.StatusCode));

    /// <summary>The request never left this machine: no DNS, no TCP connection, no TLS session.</summary>
    public static bool NeverReachedTelnyx(Exception exception) =>
        exception is HttpRequestException
        {
            HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError or HttpRequestError.SecureConnectionError,
        };

    private static bool IsServerTrouble(HttpStatusCode status) => status == HttpStatusCode.RequestTimeout || (int)status >= 500;
}
