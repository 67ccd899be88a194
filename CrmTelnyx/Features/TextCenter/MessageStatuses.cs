namespace CrmTelnyx.Features.TextCenter;

/// <summary>Telnyx's message statuses (to[].status), plus "received" for inbound messages and two of a blast's own (pending, unknown).</summary>
public static class MessageStatuses
{
    /// <summary>A blast's row waiting for the dispatcher (ours, not Telnyx's): nothing has been sent.</summary>
    public const string Pending = "pending";

    /// <summary>
    /// A blast's row that was claimed for sending but whose answer from Telnyx was never recorded (the app stopped
    /// mid-send). Never resent blindly; Telnyx's later webhooks or detail records settle it (ours, not Telnyx's).
    /// </summary>
    public const string Unknown = "unknown";

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
