using CrmTelnyx.Data;
using CrmTelnyx.Features.Numbers;
using CrmTelnyx.Telnyx;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Features.TextCenter;

/// <summary>
/// The company's numbers a text may be sent from, as the number manager keeps them (synced with Telnyx): active, able
/// to text, not released, and registered where carriers ask (a 10DLC campaign, toll-free verification). Blasts take only those allowed to blast now.
/// </summary>
public sealed class SendingNumbers(CrmDbContext db, SyncNumbers sync)
{
    /// <summary>Any active texting number, for a single text.</summary>
    /// <exception cref="TelnyxException">The numbers were never synced and Telnyx could not be asked.</exception>
    public async Task<IReadOnlyList<string>> ListAsync(CancellationToken cancellationToken = default)
    {
        await sync.RunUnlessEverSyncedAsync(cancellationToken);
        return await Texting().Select(n => n.PhoneNumber).OrderBy(n => n).ToListAsync(cancellationToken);
    }

    /// <summary>Whether a single text may go from <paramref name="phoneNumber"/> now (one of <see cref="ListAsync"/>'s numbers).</summary>
    /// <exception cref="TelnyxException">The numbers were never synced and Telnyx could not be asked.</exception>
    public async Task<bool> IsSenderAsync(string phoneNumber, CancellationToken cancellationToken = default)
    {
        await sync.RunUnlessEverSyncedAsync(cancellationToken);
        return await Texting().AnyAsync(n => n.PhoneNumber == phoneNumber, cancellationToken);
    }

    /// <summary>The numbers a blast may use: allowed by an admin and not paused by the health check.</summary>
    /// <exception cref="TelnyxException">The numbers were never synced and Telnyx could not be asked.</exception>
    public async Task<IReadOnlyList<string>> ListForBlastsAsync(CancellationToken cancellationToken = default)
    {
        await sync.RunUnlessEverSyncedAsync(cancellationToken);
        var numbers = await Texting().OrderBy(n => n.PhoneNumber).ToListAsync(cancellationToken);
        return numbers.Where(n => n.CanSendBlasts).Select(n => n.PhoneNumber).ToList();
    }

    // Left out, as carriers would refuse their texts: a US local number off an active 10DLC campaign (40010), a US
    // toll-free number not verified (40329). The same rule as CarrierStanding.CarriersTakeItsTexts, in SQL.
    private IQueryable<CompanyNumber> Texting() =>
        db.CompanyNumbers.AsNoTracking().Where(n => n.Status == NumberStatus.Active && n.CanSms && n.ReleasedAt == null
            && (n.Kind != NumberKind.Local || !n.PhoneNumber.StartsWith("+1") || (n.TenDlcCampaignId != null && n.TenDlcCampaignActive && n.TenDlcAssignmentStatus == "ASSIGNED"))
            && (n.Kind != NumberKind.TollFree || !n.PhoneNumber.StartsWith("+1") || n.TollFreeVerificationStatus == "Verified"));
}
