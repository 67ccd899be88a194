using CrmTelnyx.Data;
using CrmTelnyx.Features.Compliance.TollFree;
using CrmTelnyx.Features.Numbers;
using CrmTelnyx.Live;
using CrmTelnyx.Telnyx;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Features.Compliance.TenDlc;

/// <summary>
/// Asks Telnyx about every brand, campaign and number assignment still under review, for when the <c>10dlc.*</c>
/// webhooks are late or lost (or were never set up in the portal), and about toll-free numbers still being verified.
/// Settled ones are left to webhooks and the number sync.
/// </summary>
public sealed class CheckPendingRegistrations(
    CrmDbContext db, RefreshRegistration refresh, SyncTollFreeVerifications tollFree, ILiveNotifier live, ILogger<CheckPendingRegistrations> logger)
{
    /// <returns>How many were asked about.</returns>
    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        // Status words, not State: State is computed in memory; these are the ones it calls pending.
        var brands = await db.RegisteredBrands.AsNoTracking()
            .Where(b => b.Status != "OK" && b.Status != "REGISTRATION_FAILED").Select(b => b.TelnyxBrandId).ToListAsync(cancellationToken);
        var campaigns = (await db.RegisteredCampaigns.AsNoTracking().ToListAsync(cancellationToken))
            .Where(c => c.State.IsUnsettled()).Select(c => c.TelnyxCampaignId).ToList();
        var numbers = await db.CompanyNumbers.AsNoTracking()
            .Where(n => n.ReleasedAt == null && n.TenDlcAssignmentStatus != null && n.TenDlcAssignmentStatus.StartsWith("PENDING"))
            .Select(n => n.PhoneNumber).ToListAsync(cancellationToken);

        var asked = 0;
        foreach (var (what, id, ask) in brands.Select(b => ("brand", b, (Func<Task>)(() => refresh.BrandAsync(b, cancellationToken))))
                     .Concat(campaigns.Select(c => ("campaign", c, (Func<Task>)(() => refresh.CampaignAsync(c, cancellationToken)))))
                     .Concat(numbers.Select(n => ("number", n, (Func<Task>)(() => refresh.NumberAsync(n, cancellationToken))))))
        {
            try
            {
                await ask();
                asked++;
            }
            catch (TelnyxException e)
            {
                // The next run asks again.
                logger.LogWarning("10DLC {What} {Id} could not be checked: {Reason}", what, id, e.Message);
            }
            db.ChangeTracker.Clear();
        }

        // Toll-free numbers under verification (or never found in one): one list read covers them all.
        var verifying = await db.CompanyNumbers
            .Where(n => n.ReleasedAt == null && n.Kind == NumberKind.TollFree && n.PhoneNumber.StartsWith("+1")
                && (n.TollFreeVerificationStatus == null || (n.TollFreeVerificationStatus != "Verified" && n.TollFreeVerificationStatus != "Rejected")))
            .ToListAsync(cancellationToken);
        if (verifying.Count > 0 && await tollFree.ApplyAsync(verifying, cancellationToken))
        {
            await db.SaveChangesAsync(cancellationToken);
            await live.PublishChangedAsync(cancellationToken: cancellationToken);
        }
        return asked + verifying.Count;
    }
}
