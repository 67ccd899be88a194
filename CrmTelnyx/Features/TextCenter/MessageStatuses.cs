namespace CrmTelnyx.Features.TextCenter;

/// <summary>Telnyx's message statuses (to[].status), plus "received" for inbound messages.</summary>
public static class MessageStatuses
{
    public const string Scheduled = "scheduled";
    public const string Queued = "queued";
    public const string Sending = "sending";
    public const string Sent = "sent";
    public const string Delivered = "delivered";
    public const string DeliveryFailed = "delivery_failed";
    public const string DeliveryUnconfirmed = "delivery_unconfirmed";
    public const string SendingFailed = "sending_failed";
    public const string Expired = "expired";
    public const string Cancelled = "cancelled";
    public const string Received = "received";
}
