using CrmTelnyx.Data;
using CrmTelnyx.Live;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Features.Compliance.TenDlc.Campaigns;

/// <summary>An admin's texts-per-minute for a campaign whose AT&amp;T figure Telnyx does not report; it paces blasts through its numbers.</summary>
public sealed class SaveCampaignThroughput(CrmDbContext db, TimeProvider time, ILiveNotifier live)
{
    public const int Max = 100_000;

    /// <returns>What is wrong with the value, or null when it was saved.</returns>
    public async Task<string?> SaveAsync(string telnyxCampaignId, int? messagesPerMinute, CancellationToken cancellationToken = default)
    {
        if (messagesPerMinute is < 1 or > Max) return $"Enter texts per minute between 1 and {Max:N0}, or leave it empty.";
        var campaign = await db.RegisteredCampaigns.SingleOrDefaultAsync(c => c.TelnyxCampaignId == telnyxCampaignId, cancellationToken);
        if (campaign is null) return "That campaign is not on this account.";
        campaign.MessagesPerMinuteSetting = messagesPerMinute;
        campaign.UpdatedAt = time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        await live.PublishRegistrationChangedAsync(cancellationToken);
        return null;
    }
}
