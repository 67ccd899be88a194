using CrmTelnyx.Features.Numbers;
using CrmTelnyx.Telnyx;

namespace CrmTelnyx.Features.Compliance.TollFree;

/// <summary>
/// Part of the number sync, and of the poll while a verification is under way: each US toll-free number's
/// verification as Telnyx reports it (requests are made in the Telnyx portal). A failure leaves the numbers as they were.
/// </summary>
public sealed class SyncTollFreeVerifications(TelnyxClient telnyx, TimeProvider time, ILogger<SyncTollFreeVerifications> logger)
{
    /// <summary>Applies the verifications to <paramref name="numbers"/> (tracked rows); the caller saves.</summary>
    /// <returns>Whether any number changed.</returns>
    public async Task<bool> ApplyAsync(IReadOnlyCollection<CompanyNumber> numbers, CancellationToken cancellationToken)
    {
        var tollFree = numbers.Where(n => n.Carriers.NeedsTollFreeVerification && n.Status != NumberStatus.Released).ToList();
        if (tollFree.Count == 0) return false;
        IReadOnlyList<TollFreeVerification> requests;
        try
        {
            requests = await telnyx.ListAllTollFreeVerificationsAsync(cancellationToken: cancellationToken);
        }
        catch (TelnyxException e)
        {
            logger.LogWarning("Toll-free verifications could not be read: {Reason}", e.Message);
            return false;
        }
        // A number may have several requests (one rejected, then a new one): a verified one wins, else the latest.
        var byNumber = requests
            .SelectMany(r => r.PhoneNumbers.Select(p => (p.PhoneNumber, Request: r)))
            .GroupBy(x => x.PhoneNumber)
            .ToDictionary(g => g.Key, g => g.Select(x => x.Request)
                .OrderByDescending(r => r.VerificationStatus == TollFreeVerification.Verified).ThenByDescending(r => r.UpdatedAt ?? r.CreatedAt).First());
        var changed = false;
        foreach (var number in tollFree)
        {
            var status = byNumber.GetValueOrDefault(number.PhoneNumber)?.VerificationStatus;
            if (number.TollFreeVerificationStatus == status) continue;
            number.TollFreeVerificationStatus = status;
            number.UpdatedAt = time.GetUtcNow().UtcDateTime;
            changed = true;
        }
        return changed;
    }
}
