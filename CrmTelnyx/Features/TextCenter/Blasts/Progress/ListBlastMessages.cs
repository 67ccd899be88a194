using CrmTelnyx.Data;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Features.TextCenter.Blasts.Progress;

/// <summary>A blast's message rows for its page's grid and its CSV export: filtered by counter, paged in SQL.</summary>
public sealed class ListBlastMessages(CrmDbContext db)
{
    public sealed record Row(
        long Id, string To, long? ContactId, string? ContactName, string From, string Status, string? ErrorCode, string? ErrorDetail,
        DateTimeOffset? SendAfter, DateTimeOffset? SentAt, DateTimeOffset? CompletedAt, decimal? CostAmount, string? CostCurrency, int? Parts, string? Text)
    {
        /// <summary>Why it failed, in words; null when it did not.</summary>
        public string? Failure => ErrorCode is null && ErrorDetail is null ? null : CarrierErrorWords.For(ErrorCode, ErrorDetail);
    }

    public sealed record Page(IReadOnlyList<Row> Rows, int Total);

    /// <param name="bucket">A <see cref="BlastCounters"/> counter's name (Queued, Delivered, Failed…), or null for all rows.</param>
    public async Task<Page> ListAsync(long blastId, string? bucket, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        var rows = Filtered(blastId, bucket);
        var total = await rows.CountAsync(cancellationToken);
        var items = await Project(rows.OrderBy(m => m.Id).Skip(page * pageSize).Take(pageSize)).ToListAsync(cancellationToken);
        return new Page(items, total);
    }

    /// <summary>Every row, in id order, streamed (the export).</summary>
    public IAsyncEnumerable<Row> All(long blastId) => Project(Filtered(blastId, null).OrderBy(m => m.Id)).AsAsyncEnumerable();

    private IQueryable<Message> Filtered(long blastId, string? bucket)
    {
        var rows = db.Messages.AsNoTracking().Where(m => m.BlastId == blastId);
        if (bucket == nameof(BlastCounters.OptedOut)) return rows.Where(m => m.ErrorCode == ReadBlastProgress.OptedOutAtCarrier);
        if (bucket is null) return rows;
        var statuses = BlastCounters.StatusesOf(bucket).ToList();
        return rows.Where(m => statuses.Contains(m.Status));
    }

    private IQueryable<Row> Project(IQueryable<Message> rows) =>
        from m in rows
        join c in db.Contacts on m.ContactId equals c.Id into contacts
        from c in contacts.DefaultIfEmpty()
        select new Row(m.Id, m.To, m.ContactId, c == null ? null : (c.FirstName + " " + c.LastName).Trim(), m.From, m.Status, m.ErrorCode, m.ErrorDetail,
            m.SendAfter, m.SentAt, m.CompletedAt, m.CostAmount, m.CostCurrency, m.Parts, m.Text);
}
