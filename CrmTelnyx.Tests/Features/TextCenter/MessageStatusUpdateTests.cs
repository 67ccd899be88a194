using CrmTelnyx.Features.TextCenter;
using CrmTelnyx.Telnyx;

namespace CrmTelnyx.Tests.Features.TextCenter;

public sealed class MessageStatusUpdateTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 12, 0, 0, TimeSpan.Zero);

    private static Message Outbound(string status = "queued") => new() { From = "+13125550001", To = "+13125550002", TelnyxMessageId = "m-1", Status = status };

    private static TelnyxMessage Payload(string status, string? cost = null, params TelnyxError[] errors) => new("m-1")
    {
        To = [new MessageParty("+13125550002") { Status = status }],
        Parts = 2,
        Encoding = "GSM-7",
        Cost = cost is null ? null : new TelnyxMoney(decimal.Parse(cost, System.Globalization.CultureInfo.InvariantCulture), "USD"),
        Errors = errors,
        SentAt = Now.AddSeconds(-5),
        CompletedAt = Now,
    };

    [Fact]
    public void Finalized_delivered_sets_status_cost_and_times()
    {
        var message = Outbound();

        var changed = MessageStatusUpdate.Apply(message, Payload("delivered", "0.0102"), TelnyxEventTypes.MessageFinalized, Now);

        Assert.True(changed);
        Assert.Equal("delivered", message.Status);
        Assert.Equal(0.0102m, message.CostAmount);
        Assert.Equal("USD", message.CostCurrency);
        Assert.Equal(2, message.Parts);
        Assert.Equal(Now, message.CompletedAt);
        Assert.Equal(Now, message.UpdatedAt);
    }

    [Fact]
    public void A_late_sent_after_delivered_changes_nothing()
    {
        var message = Outbound();
        MessageStatusUpdate.Apply(message, Payload("delivered", "0.0102"), TelnyxEventTypes.MessageFinalized, Now);

        var changed = MessageStatusUpdate.Apply(message, Payload("sent"), TelnyxEventTypes.MessageSent, Now.AddMinutes(1));

        Assert.False(changed);
        Assert.Equal("delivered", message.Status);
        Assert.Equal(Now, message.UpdatedAt);
    }

    [Fact]
    public void The_cost_is_taken_once_even_if_another_finalized_event_carries_a_different_amount()
    {
        var message = Outbound();
        MessageStatusUpdate.Apply(message, Payload("delivered", "0.0102"), TelnyxEventTypes.MessageFinalized, Now);

        MessageStatusUpdate.Apply(message, Payload("delivered", "0.0500"), TelnyxEventTypes.MessageFinalized, Now);

        Assert.Equal(0.0102m, message.CostAmount);
    }

    [Fact]
    public void Sent_carries_no_cost_even_when_the_payload_shows_one()
    {
        var message = Outbound();

        MessageStatusUpdate.Apply(message, Payload("sent", "0.0102"), TelnyxEventTypes.MessageSent, Now);

        Assert.Equal("sent", message.Status);
        Assert.Null(message.CostAmount);
    }

    [Fact]
    public void A_failed_delivery_keeps_telnyx_error_code_and_detail()
    {
        var message = Outbound("sent");

        MessageStatusUpdate.Apply(message, Payload("delivery_failed", "0.0051", new TelnyxError("40008", "Undeliverable", "The message could not be delivered.", null)),
            TelnyxEventTypes.MessageFinalized, Now);

        Assert.Equal("delivery_failed", message.Status);
        Assert.Equal("40008", message.ErrorCode);
        Assert.Equal("The message could not be delivered.", message.ErrorDetail);
    }
}
