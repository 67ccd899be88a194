using CrmTelnyx.Features.Numbers;
using CrmTelnyx.Telnyx;

namespace CrmTelnyx.Features.Compliance.TenDlc;

/// <summary>
/// Part of the number sync: which campaign each number is assigned to on Telnyx, wherever it was assigned (this app,
/// the portal). A failure leaves the numbers' assignments as they were: the sync of the numbers themselves goes on.
/// </summary>
public sealed class SyncTenDlcAssignments(TelnyxClient telnyx, RefreshRegistration registry, ILogger<SyncTenDlcAssignments> logger)
{
    /// <summary>Applies the assignments to <paramref name="numbers"/> (tracked rows); the caller saves.</summary>
    public async Task ApplyAsync(IReadOnlyCollection<CompanyNumber> numbers, CancellationToken cancellationToken)
    {
        IReadOnlyList<PhoneNumberCampaign> assignments;
        try
        {
            assignments = await telnyx.ListAllPhoneNumberCampaignsAsync(cancellationToken: cancellationToken);
        }
        catch (TelnyxException e)
        {
            logger.LogWarning("10DLC assignments could not be read with the number sync: {Reason}", e.Message);
            return;
        }
        var byNumber = assignments.GroupBy(a => a.PhoneNumber).ToDictionary(g => g.Key, g => g.Last());
        await registry.LoadCampaignsAsync(assignments.Select(a => a.CampaignId ?? a.TelnyxCampaignId).OfType<string>().Distinct().ToList(), cancellationToken);
        foreach (var number in numbers.Where(n => n.Status != NumberStatus.Released))
        {
            try
            {
                await registry.ApplyAssignmentAsync(number, byNumber.GetValueOrDefault(number.PhoneNumber), cancellationToken);
            }
            catch (TelnyxException e)
            {
                logger.LogWarning("The 10DLC campaign of {PhoneNumber} could not be read: {Reason}", number.PhoneNumber, e.Message);
            }
        }
    }
}
