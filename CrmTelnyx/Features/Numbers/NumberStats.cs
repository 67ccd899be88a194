using CrmTelnyx.Data;
using CrmTelnyx.Features.Calls;
using CrmTelnyx.Features.Compliance;
using CrmTelnyx.Features.TextCenter;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Features.Numbers;

/// <summary>
/// What each of a set of company numbers did over a window ending now (<see cref="TimeProvider"/>): from now − window
/// to now, both ends included, by the message's <c>CreatedAt</c> and the call's <c>StartedAt</c>. Counted from the
/// Messages and Calls rows in four grouped SQL queries for the whole set (never per number, never loading a message):
/// <list type="bullet">
/// <item>texts sent: outbound messages from the number; received: inbound messages to it;</item>
/// <item>calls out: outbound call legs from the number; calls in: inbound legs to it;</item>
/// <item>delivery rate: delivered ÷ (delivered + failed) among its texts sent, where failed is one of
/// <see cref="FailedStatuses"/>; texts still on their way, unconfirmed or cancelled count neither way;</item>
/// <item>opt-out rate: opt-outs ÷ texts sent, an opt-out being a person this number texted in the window who then
/// texted it an opt-out word (<see cref="SmsKeywords.OptOutWords"/>, as <see cref="SmsKeywords.Classify"/> reads it) —
/// counted once per person. The consent records do not say which company number a STOP was sent to, the inbound
/// message does; a STOP from someone it never texted is not this number's doing.</item>
/// </list>
/// A rate is null when there is nothing to divide by. Used by the Numbers page (30 days) and the health check (its window).
/// </summary>
public sealed class NumberStats(CrmDbContext db, TimeProvider time)
{
    /// <summary>The Numbers page's window.</summary>
    public static readonly TimeSpan PageWindow = TimeSpan.FromDays(30);

    /// <summary>Final statuses that mean the text did not reach the person.</summary>
    public static IReadOnlyList<string> FailedStatuses { get; } =
        [MessageStatuses.DeliveryFailed, MessageStatuses.SendingFailed, MessageStatuses.Expired];

    /// <summary>Activity per +E.164 number in <paramref name="phoneNumbers"/>; a number with none maps to <see cref="NumberActivity.None"/>.</summary>
    public Task<IReadOnlyDictionary<string, NumberActivity>> ForAsync(
        IReadOnlyCollection<string> phoneNumbers, TimeSpan window, CancellationToken cancellationToken = default) =>
        ForAsync(phoneNumbers, time.GetUtcNow() - window, cancellationToken);

    /// <summary>One number's activity from <paramref name="since"/> to now.</summary>
    public async Task<NumberActivity> ForAsync(string phoneNumber, DateTimeOffset since, CancellationToken cancellationToken = default) =>
        (await ForAsync([phoneNumber], since, cancellationToken))[phoneNumber];

    /// <summary>Activity per number from <paramref name="since"/> to now (the health check starts its window after an admin's clear).</summary>
    public async Task<IReadOnlyDictionary<string, NumberActivity>> ForAsync(
        IReadOnlyCollection<string> phoneNumbers, DateTimeOffset since, CancellationToken cancellationToken = default)
    {
        var phones = phoneNumbers.Distinct().ToList();
        if (phones.Count == 0) return new Dictionary<string, NumberActivity>();
        var now = time.GetUtcNow();
        var (nowUtc, sinceUtc) = (now.UtcDateTime, since.UtcDateTime);
        var messages = db.Set<Message>().AsNoTracking();
        var calls = db.Calls.AsNoTracking();

        var sent = await messages
            .Where(m => m.Direction == MessageDirection.Outbound && phones.Contains(m.From) && m.CreatedAt >= since && m.CreatedAt <= now)
            .GroupBy(m => m.From)
            .Select(g => new
            {
                Phone = g.Key,
                Sent = g.Count(),
                Delivered = g.Count(m => m.Status == MessageStatuses.Delivered),
                Failed = g.Count(m => m.Status == MessageStatuses.DeliveryFailed || m.Status == MessageStatuses.SendingFailed || m.Status == MessageStatuses.Expired),
            })
            .ToDictionaryAsync(x => x.Phone, cancellationToken);

        var optOutWords = SmsKeywords.OptOutWords.ToList();
        var received = await messages
            .Where(m => m.Direction == MessageDirection.Inbound && phones.Contains(m.To) && m.CreatedAt >= since && m.CreatedAt <= now)
            .GroupBy(m => m.To)
            .Select(g => new
            {
                Phone = g.Key,
                Received = g.Count(),
                // SmsKeywords.Classify in SQL: spaces and common punctuation trimmed from both ends, spaces and dashes removed, any case.
                OptOuts = g.Where(m => optOutWords.Contains(
                        m.Text!.Trim(' ', '\t', '\r', '\n', '.', '!', '?', ',', ';', ':', '"', '\'', '(', ')', '*', '-').Replace(" ", "").Replace("-", "").ToUpper())
                        && messages.Any(o => o.Direction == MessageDirection.Outbound && o.From == m.To && o.To == m.From
                            && o.CreatedAt >= since && o.CreatedAt <= m.CreatedAt))
                    .Select(m => m.From).Distinct().Count(),
            })
            .ToDictionaryAsync(x => x.Phone, cancellationToken);

        var callsOut = await calls
            .Where(c => c.Direction == CallDirection.Outbound && phones.Contains(c.From) && c.StartedAt >= sinceUtc && c.StartedAt <= nowUtc)
            .GroupBy(c => c.From).Select(g => new { Phone = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Phone, x => x.Count, cancellationToken);
        var callsIn = await calls
            .Where(c => c.Direction == CallDirection.Inbound && phones.Contains(c.To) && c.StartedAt >= sinceUtc && c.StartedAt <= nowUtc)
            .GroupBy(c => c.To).Select(g => new { Phone = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Phone, x => x.Count, cancellationToken);

        return phones.ToDictionary(p => p, p =>
        {
            var o = sent.GetValueOrDefault(p);
            var i = received.GetValueOrDefault(p);
            return new NumberActivity(
                TextsSent: o?.Sent ?? 0, TextsReceived: i?.Received ?? 0,
                CallsOut: callsOut.GetValueOrDefault(p), CallsIn: callsIn.GetValueOrDefault(p),
                Delivered: o?.Delivered ?? 0, Failed: o?.Failed ?? 0, OptOuts: i?.OptOuts ?? 0);
        });
    }
}

/// <summary>One number's activity over a window; see <see cref="NumberStats"/> for what each figure counts.</summary>
public sealed record NumberActivity(int TextsSent, int TextsReceived, int CallsOut, int CallsIn, int Delivered, int Failed, int OptOuts)
{
    public static readonly NumberActivity None = new(0, 0, 0, 0, 0, 0, 0);

    /// <summary>Texts sent whose fate is known: delivered or failed.</summary>
    public int Finished => Delivered + Failed;

    /// <summary>Delivered share of the finished texts (0–1), or null before any finished.</summary>
    public double? DeliveryRate => Finished == 0 ? null : (double)Delivered / Finished;

    /// <summary>Opt-outs per text sent (0–1), or null when nothing was sent.</summary>
    public double? OptOutRate => TextsSent == 0 ? null : (double)OptOuts / TextsSent;

    /// <summary><see cref="DeliveryRate"/> in percent, exact, for comparing with the health settings.</summary>
    public decimal? DeliveryRatePercent => Finished == 0 ? null : 100m * Delivered / Finished;

    /// <summary><see cref="OptOutRate"/> in percent, exact, for comparing with the health settings.</summary>
    public decimal? OptOutRatePercent => TextsSent == 0 ? null : 100m * OptOuts / TextsSent;
}
