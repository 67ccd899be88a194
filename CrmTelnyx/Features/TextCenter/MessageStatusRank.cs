namespace CrmTelnyx.Features.TextCenter;

/// <summary>
/// A message's status only moves forward: (pending, unknown) → scheduled → queued → sending → sent → a final status. Webhooks arrive out of
/// order, so a late message.sent must not undo "delivered"; the first final status wins.
/// </summary>
public static class MessageStatusRank
{
    public static int Of(string? status) => status switch
    {
        // Any word from Telnyx settles a row whose send was never confirmed.
        MessageStatuses.Pending or MessageStatuses.Unknown => 0,
        MessageStatuses.Scheduled => 1,
        MessageStatuses.Queued => 2,
        MessageStatuses.Sending => 3,
        MessageStatuses.Sent => 4,
        MessageStatuses.Delivered or MessageStatuses.DeliveryFailed or MessageStatuses.DeliveryUnconfirmed
            or MessageStatuses.SendingFailed or MessageStatuses.Expired or MessageStatuses.Cancelled
            or MessageStatuses.Received => Final,
        _ => 0,
    };

    private const int Final = 5;

    /// <summary>Whether <paramref name="incoming"/> is news for a message now at <paramref name="current"/>.</summary>
    public static bool MovesForward(string? current, string? incoming) => Of(incoming) > Of(current);
}
