using CrmTelnyx.Features.TextCenter;

namespace CrmTelnyx.Tests.Features.TextCenter;

public sealed class MessageStatusRankTests
{
    [Theory]
    [InlineData("queued", "sending")]
    [InlineData("queued", "sent")]
    [InlineData("sending", "sent")]
    [InlineData("sent", "delivered")]
    [InlineData("sent", "delivery_failed")]
    [InlineData("queued", "sending_failed")]
    [InlineData("scheduled", "queued")]
    public void A_later_status_moves_a_message_forward(string current, string incoming) =>
        Assert.True(MessageStatusRank.MovesForward(current, incoming));

    [Theory]
    [InlineData("delivered", "sent")]
    [InlineData("delivery_failed", "sent")]
    [InlineData("sent", "queued")]
    [InlineData("sent", "sent")]
    [InlineData("delivered", "delivery_failed")]
    [InlineData("delivery_failed", "delivered")]
    [InlineData("received", "sent")]
    public void An_earlier_repeated_or_second_final_status_changes_nothing(string current, string incoming) =>
        Assert.False(MessageStatusRank.MovesForward(current, incoming));

    [Fact]
    public void A_status_Telnyx_may_add_later_is_never_taken_over_a_known_one() =>
        Assert.False(MessageStatusRank.MovesForward("queued", "something_new"));
}
