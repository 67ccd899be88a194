using System.Net;
using CrmTelnyx.Features.TextCenter.Blasts;
using CrmTelnyx.Telnyx;

namespace CrmTelnyx.Tests.Features.TextCenter.Blasts;

/// <summary>What a row becomes for each answer Telnyx may give a send.</summary>
public sealed class BlastSendOutcomeTests
{
    private static TelnyxApiException Api(int status, string code, string detail) =>
        TelnyxErrorReader.FromBody((HttpStatusCode)status, $$"""{"errors":[{"code":"{{code}}","title":"t","detail":"{{detail}}"}]}""");

    [Theory]
    [InlineData(429, "10011")]
    [InlineData(422, "40318")]
    [InlineData(400, "40011")]
    [InlineData(400, "40018")]
    public void Too_fast_answers_put_the_row_back_to_send_later(int status, string code) =>
        Assert.Equal(BlastSendResult.SlowDown, BlastSendOutcome.Of(Api(status, code, "Slow down")).Result);

    [Fact]
    public void Not_10DLC_registered_fails_the_row_and_says_so()
    {
        var outcome = BlastSendOutcome.Of(Api(400, "40010", "Unregistered 10DLC message"));
        Assert.Equal((BlastSendResult.Failed, "40010"), (outcome.Result, outcome.ErrorCode));
        Assert.StartsWith("Not 10DLC registered", outcome.ErrorDetail);
    }

    [Fact]
    public void An_invalid_number_fails_the_row_in_words()
    {
        var outcome = BlastSendOutcome.Of(Api(400, "10002", "Invalid phone number"));
        Assert.Equal((BlastSendResult.Failed, "10002"), (outcome.Result, outcome.ErrorCode));
        Assert.StartsWith("Invalid number:", outcome.ErrorDetail);
    }

    [Fact]
    public void A_STOP_block_fails_the_row_and_asks_for_the_opt_out() =>
        Assert.True(BlastSendOutcome.Of(Api(403, "40300", "Blocked due to STOP message")).OptedOut);

    [Fact]
    public void A_server_error_or_a_timeout_may_have_sent_it_so_the_row_is_unknown()
    {
        Assert.Equal(BlastSendResult.Unknown, BlastSendOutcome.Of(Api(502, "", "")).Result);
        Assert.Equal(BlastSendResult.Unknown, BlastSendOutcome.Of(TelnyxUnreachableException.MaybeApplied(new TimeoutException())).Result);
    }

    [Fact]
    public void Telnyx_never_reached_puts_the_row_back() =>
        Assert.Equal(BlastSendResult.SlowDown, BlastSendOutcome.Of(new TelnyxUnreachableException(TelnyxUnreachableException.DefaultMessage)).Result);
}
