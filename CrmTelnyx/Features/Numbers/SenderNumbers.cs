using CrmTelnyx.Data;
using CrmTelnyx.Features.TextCenter;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Features.Numbers;

/// <summary>The numbers blasts may send from now (<see cref="CompanyNumber.CanSendBlasts"/>), with their health and recent use.</summary>
public sealed class SenderNumbers(CrmDbContext db, TimeProvider time)
{
    /// <param name="HealthProblem">Flagged by the health check but not paused (a paused number is not listed).</param>
    /// <param name="LastUsedAt">Its latest outbound text, ever.</param>
    public sealed record Sender(
        long Id, string PhoneNumber, string? FriendlyName, string? State, string? HealthProblem, int SentLast7Days, int SentLast30Days, DateTimeOffset? LastUsedAt);

    /// <param name="PausedByHealth">Numbers that could send but the health check paused, so people know why they are missing.</param>
    /// <param name="NotRegistered">Numbers that could send but carriers would refuse: local ones on no active 10DLC campaign, unverified toll-free ones.</param>
    public sealed record Listing(IReadOnlyList<Sender> Senders, int PausedByHealth, int NotRegistered = 0);

    public async Task<Listing> ListAsync(CancellationToken cancellationToken = default)
    {
        var candidates = await db.CompanyNumbers.AsNoTracking()
            .Where(n => n.Status == NumberStatus.Active && n.CanSms && n.ReleasedAt == null)
            .OrderBy(n => n.State).ThenBy(n => n.PhoneNumber)
            .ToListAsync(cancellationToken);
        var now = time.GetUtcNow();
        var (weekAgo, monthAgo) = (now.AddDays(-7), now.AddDays(-30));
        var outbound = db.Set<Message>().AsNoTracking().Where(m => m.Direction == MessageDirection.Outbound);
        var senders = new List<Sender>();
        // One small indexed query per figure and number (From, CreatedAt): a company has tens of numbers, not thousands.
        foreach (var number in candidates.Where(n => n.CanSendBlasts))
        {
            var from = outbound.Where(m => m.From == number.PhoneNumber);
            senders.Add(new Sender(number.Id, number.PhoneNumber, number.FriendlyName, number.State, number.HealthProblem,
                await from.CountAsync(m => m.CreatedAt >= weekAgo, cancellationToken),
                await from.CountAsync(m => m.CreatedAt >= monthAgo, cancellationToken),
                await from.OrderByDescending(m => m.CreatedAt).Select(m => (DateTimeOffset?)m.CreatedAt).FirstOrDefaultAsync(cancellationToken)));
        }
        return new Listing(senders, candidates.Count(n => n.HealthPaused && n.BlastsEnabled),
            candidates.Count(n => n.BlastsEnabled && !n.HealthPaused && !n.Carriers.CarriersTakeItsTexts));
    }
}
