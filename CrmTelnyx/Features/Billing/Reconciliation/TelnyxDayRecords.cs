using CrmTelnyx.Telnyx;

namespace CrmTelnyx.Features.Billing.Reconciliation;

/// <summary>
/// Telnyx's message and call-control detail records around a day: from some hours before (a call that began the evening
/// before and ended after midnight; a text queued before midnight and delivered after) to an hour after.
/// </summary>
public sealed record TelnyxDayRecords(IReadOnlyList<MessageDetailRecord> Texts, IReadOnlyList<CallDetailRecord> Calls)
{
    /// <summary>50 records a page (Telnyx's most): 2,000 pages are 100,000 records of each kind, a busy day's worth.</summary>
    public const int MaxPages = 2000;

    public static readonly TimeSpan Before = TimeSpan.FromHours(6);
    public static readonly TimeSpan After = TimeSpan.FromHours(1);

    /// <exception cref="TelnyxException">Telnyx did not answer.</exception>
    /// <exception cref="InvalidOperationException">The day has more records than <see cref="MaxPages"/> pages.</exception>
    public static async Task<TelnyxDayRecords> ReadAsync(TelnyxClient telnyx, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        var (since, until) = (from - Before, to + After);
        var texts = await AllAsync(page => telnyx.GetMessagingDetailRecordsAsync(new DetailRecordQuery(since, until, page), cancellationToken));
        var calls = await AllAsync(page => telnyx.GetCallDetailRecordsAsync(new DetailRecordQuery(since, until, page), cancellationToken));
        // Pages are sorted newest first; a record arriving while we read shifts them, so one can be read twice.
        return new TelnyxDayRecords(
            texts.Where(r => r.Uuid is not null).DistinctBy(r => r.Uuid).ToList(),
            calls.Where(r => r.CallLegId is not null || r.Id is not null).DistinctBy(r => r.CallLegId ?? r.Id).ToList());
    }

    private static async Task<List<T>> AllAsync<T>(Func<int, Task<TelnyxPage<T>>> read)
    {
        var all = new List<T>();
        for (var page = 1; page <= MaxPages; page++)
        {
            var result = await read(page);
            all.AddRange(result.Data);
            if (result.Data.Count == 0 || result.Meta is null || page >= result.Meta.TotalPages) return all;
        }
        throw new InvalidOperationException($"Telnyx has more than {MaxPages * 50:N0} detail records around this day; the check stops there rather than report what it did not read.");
    }
}
