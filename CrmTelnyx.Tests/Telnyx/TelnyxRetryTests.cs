using System.Net;
using CrmTelnyx.Telnyx;
using static CrmTelnyx.Tests.Telnyx.FakeTelnyxHandler;

namespace CrmTelnyx.Tests.Telnyx;

/// <summary>The retry rules as seen from the network: how many attempts reach Telnyx for each kind of failure.</summary>
public sealed class TelnyxRetryTests
{
    private static readonly SendMessageRequest Hello = new("+13125550001", "+13125550002", "Hello");

    [Fact]
    public async Task A_send_answered_with_500_is_tried_once_because_the_message_may_have_gone_out()
    {
        using var harness = new TelnyxClientHarness((_, _) => Error(HttpStatusCode.InternalServerError, "10007", "Unexpected error"));

        var error = await Assert.ThrowsAsync<TelnyxApiException>(() => harness.Client.SendMessageAsync(Hello));

        Assert.Equal(1, harness.Network.Attempts);
        Assert.Equal(HttpStatusCode.InternalServerError, error.StatusCode);
    }

    [Fact]
    public async Task A_send_answered_with_429_and_retry_after_is_sent_again_and_succeeds()
    {
        using var harness = new TelnyxClientHarness((attempt, _) =>
        {
            if (attempt > 1) return Json(HttpStatusCode.OK, MessageJson);
            var limited = Error(HttpStatusCode.TooManyRequests, "10011", "Too many requests");
            limited.Headers.Add("Retry-After", "0");
            return limited;
        });

        var message = await harness.Client.SendMessageAsync(Hello);

        Assert.Equal("msg-1", message.Id);
        Assert.Equal(2, harness.Network.Attempts);
    }

    [Fact]
    public async Task A_429_asking_to_wait_longer_than_the_client_accepts_is_reported_not_waited_for()
    {
        using var harness = new TelnyxClientHarness((_, _) =>
        {
            var limited = Error(HttpStatusCode.TooManyRequests, "10011", "Too many requests");
            limited.Headers.Add("Retry-After", "3600");
            return limited;
        });

        var error = await Assert.ThrowsAsync<TelnyxApiException>(() => harness.Client.GetBalanceAsync());

        Assert.Equal(1, harness.Network.Attempts);
        Assert.Contains("limiting", error.UserMessage);
    }

    [Fact]
    public async Task A_send_whose_connection_was_refused_is_retried_since_it_never_reached_telnyx()
    {
        using var harness = new TelnyxClientHarness((attempt, _) => attempt == 1
            ? throw new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused")
            : Json(HttpStatusCode.OK, MessageJson));

        var message = await harness.Client.SendMessageAsync(Hello);

        Assert.Equal("msg-1", message.Id);
        Assert.Equal(2, harness.Network.Attempts);
    }

    [Fact]
    public async Task A_send_whose_answer_was_lost_midway_is_not_retried_and_says_the_outcome_is_unknown()
    {
        using var harness = new TelnyxClientHarness((_, _) => throw new HttpRequestException(HttpRequestError.ResponseEnded, "The response ended prematurely"));

        var error = await Assert.ThrowsAsync<TelnyxUnreachableException>(() => harness.Client.SendMessageAsync(Hello));

        Assert.Equal(1, harness.Network.Attempts);
        Assert.Equal(TelnyxUnreachableException.MaybeAppliedMessage, error.UserMessage);
    }

    [Fact]
    public async Task Dial_and_number_orders_are_not_retried_on_503_either()
    {
        using var harness = new TelnyxClientHarness((_, _) => Error(HttpStatusCode.ServiceUnavailable, "10006", "Service unavailable"));

        await Assert.ThrowsAsync<TelnyxApiException>(() => harness.Client.DialAsync(new DialCallRequest("conn", "+13125550002", "+13125550001")));
        await Assert.ThrowsAsync<TelnyxApiException>(() => harness.Client.CreateNumberOrderAsync(new CreateNumberOrderRequest([new NumberOrderItem("+13125550003")])));

        Assert.Equal(2, harness.Network.Attempts);
    }

    [Fact]
    public async Task A_read_answered_with_503_is_retried_and_succeeds()
    {
        using var harness = new TelnyxClientHarness((attempt, _) => attempt < 3
            ? Error(HttpStatusCode.ServiceUnavailable, "10006", "Service unavailable")
            : Json(HttpStatusCode.OK, """{"data":{"record_type":"balance","balance":"300.00","pending":"10.00","credit_limit":"100.00","available_credit":"400.00","currency":"USD"}}"""));

        var balance = await harness.Client.GetBalanceAsync();

        Assert.Equal(300.00m, balance.Balance);
        Assert.Equal(3, harness.Network.Attempts);
    }

    [Fact]
    public async Task A_read_that_keeps_failing_gives_up_after_the_configured_retries()
    {
        using var harness = new TelnyxClientHarness((_, _) => Error(HttpStatusCode.BadGateway, "10006", "Bad gateway"),
            new() { ["Telnyx:Resilience:MaxRetryAttempts"] = "2" });

        var error = await Assert.ThrowsAsync<TelnyxApiException>(() => harness.Client.GetBalanceAsync());

        Assert.Equal(3, harness.Network.Attempts);
        Assert.Equal(HttpStatusCode.BadGateway, error.StatusCode);
    }

    [Fact]
    public async Task A_400_is_never_retried_and_becomes_one_exception_with_code_and_user_text()
    {
        using var harness = new TelnyxClientHarness((_, _) =>
            Error(HttpStatusCode.BadRequest, "10015", "Bad Request", "1000 numbers is the maximum allowed."));

        var error = await Assert.ThrowsAsync<TelnyxApiException>(() => harness.Client.ListAllPhoneNumbersAsync());

        Assert.Equal(1, harness.Network.Attempts);
        Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
        Assert.Equal(["10015"], error.Codes);
        Assert.Equal("1000 numbers is the maximum allowed. (Telnyx error 10015)", error.UserMessage);
    }

    [Fact]
    public async Task A_401_tells_the_user_to_check_the_api_key()
    {
        using var harness = new TelnyxClientHarness((_, _) => Error(HttpStatusCode.Unauthorized, "10009", "Authentication failed"));

        var error = await Assert.ThrowsAsync<TelnyxApiException>(() => harness.Client.GetBalanceAsync());

        Assert.Equal(1, harness.Network.Attempts);
        Assert.Contains("API key", error.UserMessage);
        Assert.True(error.HasCode("10009"));
    }

    [Fact]
    public async Task After_repeated_failures_the_circuit_opens_and_calls_fail_fast_saying_telnyx_is_unreachable()
    {
        using var harness = new TelnyxClientHarness((_, _) => throw new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused"),
            new() { ["Telnyx:Resilience:MaxRetryAttempts"] = "1", ["Telnyx:Resilience:BreakerMinimumThroughput"] = "4" });

        for (var i = 0; i < 2; i++)
            await Assert.ThrowsAsync<TelnyxUnreachableException>(() => harness.Client.GetBalanceAsync());
        var attemptsWhenOpened = harness.Network.Attempts;
        var error = await Assert.ThrowsAsync<TelnyxUnreachableException>(() => harness.Client.GetBalanceAsync());

        Assert.Equal(4, attemptsWhenOpened);
        Assert.Equal(attemptsWhenOpened, harness.Network.Attempts);
        Assert.Contains("Telnyx is unreachable", error.UserMessage);
    }

    private static readonly Dictionary<string, string?> QuickTimeout = new() { ["Telnyx:Resilience:AttemptTimeout"] = "00:00:00.200" };

    [Fact]
    public async Task A_read_that_times_out_is_tried_again()
    {
        using var harness = new TelnyxClientHarness(async (attempt, _, token) =>
        {
            if (attempt == 1) await Task.Delay(TimeSpan.FromSeconds(30), token);
            return Json(HttpStatusCode.OK, MessageJson);
        }, QuickTimeout);

        var message = await harness.Client.GetMessageAsync("msg-1");

        Assert.Equal("msg-1", message.Id);
        Assert.Equal(2, harness.Network.Attempts);
    }

    [Fact]
    public async Task A_send_that_times_out_is_not_repeated_and_says_the_outcome_is_unknown()
    {
        using var harness = new TelnyxClientHarness(async (_, _, token) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(30), token);
            return Json(HttpStatusCode.OK, MessageJson);
        }, QuickTimeout);

        var error = await Assert.ThrowsAsync<TelnyxUnreachableException>(() => harness.Client.SendMessageAsync(Hello));

        Assert.Equal(1, harness.Network.Attempts);
        Assert.Equal(TelnyxUnreachableException.MaybeAppliedMessage, error.UserMessage);
    }
}
