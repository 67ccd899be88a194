namespace CrmTelnyx.Features.TextCenter.Blasts.Progress;

/// <summary>
/// A blast's rows by what a person wants to know: waiting here (queued), with Telnyx (sending), sent, delivered,
/// failed, opted out, unknown (claimed, Telnyx's answer never recorded) and cancelled.
/// </summary>
public sealed record BlastCounters(int Queued, int Sending, int Sent, int Delivered, int Failed, int OptedOut, int Unknown, int Cancelled)
{
    public static readonly BlastCounters None = new(0, 0, 0, 0, 0, 0, 0, 0);

    /// <summary>Every row, whatever its status (opted out is counted within failed or delivered, not beside them).</summary>
    public int Total => Queued + Sending + Sent + Delivered + Failed + Unknown + Cancelled;

    /// <summary>Rows handed to Telnyx or settled: what the progress bar shows.</summary>
    public int Done => Total - Queued;

    public double Percent => Total == 0 ? 0 : 100.0 * Done / Total;

    /// <summary>Which counter a message status belongs to (opted out is read apart, from error codes and STOPs).</summary>
    public static string BucketOf(string status) => status switch
    {
        MessageStatuses.Pending => nameof(Queued),
        MessageStatuses.Sent or MessageStatuses.DeliveryUnconfirmed => nameof(Sent),
        MessageStatuses.Delivered => nameof(Delivered),
        MessageStatuses.DeliveryFailed or MessageStatuses.SendingFailed or MessageStatuses.Expired or "failed" => nameof(Failed),
        MessageStatuses.Unknown => nameof(Unknown),
        MessageStatuses.Cancelled => nameof(Cancelled),
        _ => nameof(Sending),
    };

    /// <summary>The statuses of a counter, for the messages grid's filter.</summary>
    public static IReadOnlyList<string> StatusesOf(string bucket) =>
        [.. AllStatuses.Where(s => BucketOf(s) == bucket)];

    private static readonly string[] AllStatuses =
    [
        MessageStatuses.Pending, MessageStatuses.Scheduled, MessageStatuses.Queued, MessageStatuses.Sending, MessageStatuses.Sent,
        MessageStatuses.DeliveryUnconfirmed, MessageStatuses.Delivered, MessageStatuses.DeliveryFailed, MessageStatuses.SendingFailed,
        MessageStatuses.Expired, "failed", MessageStatuses.Unknown, MessageStatuses.Cancelled,
    ];
}
