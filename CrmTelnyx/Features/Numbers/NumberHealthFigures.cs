using CrmTelnyx.Data;
using CrmTelnyx.Features.Compliance;
using CrmTelnyx.Features.TextCenter;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Features.Numbers;

/// <summary>
/// A number's texts since a moment, as the health check judges them: how many it sent, how many of the finished ones
/// were delivered, and how many people it texted answered with an opt-out keyword (STOP) to it. Read from the message
/// rows, never a second count kept by hand.
/// </summary>
public sealed class NumberHealthFigures(CrmDbContext db)
{
    /// <summary>Final statuses that mean the text did not arrive. "delivery_unconfirmed" and "cancelled" are neither delivered nor failed.</summary>
    public static readonly string[] FailedStatuses = [MessageStatuses.DeliveryFailed, MessageStatuses.SendingFailed, MessageStatuses.Expired];

    // The longest opt-out keyword with room for spaces and punctuation; longer texts are conversation, not a keyword.
    private const int KeywordTextMaxLength = 20;

    /// <param name="Sent">Outbound texts from the number created since the start.</param>
    /// <param name="Delivered">Of those, delivered.</param>
    /// <param name="Failed">Of those, finished without arriving (<see cref="FailedStatuses"/>).</param>
    /// <param name="OptOuts">People it texted since the start who then sent it an opt-out keyword (each person once).</param>
    public sealed record Figures(int Sent, int Delivered, int Failed, int OptOuts)
    {
        public int Finished => Delivered + Failed;

        /// <summary>Delivered share of finished texts, in percent; null while none has finished.</summary>
        public decimal? DeliveryRatePercent => Finished == 0 ? null : 100m * Delivered / Finished;

        /// <summary>Opt-outs per text sent, in percent; null when nothing was sent.</summary>
        public decimal? OptOutRatePercent => Sent == 0 ? null : 100m * OptOuts / Sent;
    }

    public async Task<Figures> ForAsync(string phoneNumber, DateTimeOffset since, CancellationToken cancellationToken = default)
    {
        var messages = db.Set<Message>().AsNoTracking();
        var byStatus = await messages
            .Where(m => m.Direction == MessageDirection.Outbound && m.From == phoneNumber && m.CreatedAt >= since)
            .GroupBy(m => m.Status)
            .Select(g => new { Status = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);

        // An inbound STOP is a message row whose To is the company number it was sent to (RecordInboundMessage).
        // Keyword matching is the Compliance rule in C#, so SQL only narrows to short texts from people this number texted before.
        var replies = await messages
            .Where(m => m.Direction == MessageDirection.Inbound && m.To == phoneNumber && m.CreatedAt >= since
                && m.Text != null && m.Text.Length <= KeywordTextMaxLength
                && messages.Any(o => o.Direction == MessageDirection.Outbound && o.From == phoneNumber && o.To == m.From
                    && o.CreatedAt >= since && o.CreatedAt <= m.CreatedAt))
            .Select(m => new { m.From, m.Text })
            .ToListAsync(cancellationToken);

        return new Figures(
            Sent: byStatus.Sum(s => s.Count),
            Delivered: byStatus.Where(s => s.Status == MessageStatuses.Delivered).Sum(s => s.Count),
            Failed: byStatus.Where(s => FailedStatuses.Contains(s.Status)).Sum(s => s.Count),
            OptOuts: replies.Where(r => SmsKeywords.Classify(r.Text) == SmsKeyword.OptOut).Select(r => r.From).Distinct().Count());
    }
}
