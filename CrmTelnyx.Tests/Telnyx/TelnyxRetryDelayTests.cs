using System.Net;
using CrmTelnyx.Telnyx;
using Microsoft.Extensions.Time.Testing;

namespace CrmTelnyx.Tests.Telnyx;

public sealed class TelnyxRetryDelayTests
{
    private static HttpResponseMessage Limited(string header, string value)
    {
        var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.TryAddWithoutValidation(header, value);
        return response;
    }

    [Fact]
    public void Retry_after_in_seconds_is_the_wait() =>
        Assert.Equal(TimeSpan.FromSeconds(7), TelnyxRetryDelay.Requested(Limited("Retry-After", "7"), TimeProvider.System));

    [Fact]
    public void Rate_limit_reset_in_seconds_is_the_wait_when_there_is_no_retry_after() =>
        Assert.Equal(TimeSpan.FromSeconds(3), TelnyxRetryDelay.Requested(Limited("x-ratelimit-reset", "3"), TimeProvider.System));

    [Fact]
    public void Retry_after_as_a_date_counts_from_now()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 12, 0, 0, TimeSpan.Zero));

        var wait = TelnyxRetryDelay.Requested(Limited("Retry-After", clock.GetUtcNow().AddSeconds(30).ToString("R")), clock);

        Assert.Equal(TimeSpan.FromSeconds(30), wait);
    }

    [Fact]
    public void Without_either_header_the_backoff_decides() =>
        Assert.Null(TelnyxRetryDelay.Requested(new HttpResponseMessage(HttpStatusCode.ServiceUnavailable), TimeProvider.System));
}
