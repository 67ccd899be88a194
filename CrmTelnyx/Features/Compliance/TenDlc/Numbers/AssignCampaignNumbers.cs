using CrmTelnyx.Data;
using CrmTelnyx.Features.Numbers;
using CrmTelnyx.Live;
using CrmTelnyx.Phones;
using CrmTelnyx.Telnyx;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Features.Compliance.TenDlc.Numbers;

/// <summary>
/// Puts many numbers on a 10DLC campaign at once, or takes them off, one Telnyx request per number (Telnyx has no
/// list form). Each number succeeds or fails alone: a refusal is reported by number and the others go on.
/// </summary>
public sealed class AssignCampaignNumbers(CrmDbContext db, TelnyxClient telnyx, RefreshRegistration registry, NumberAuditTrail audit, ILiveNotifier live)
{
    /// <param name="Done">Numbers Telnyx took the change for.</param>
    /// <param name="Problems">One sentence per number that was not changed.</param>
    public sealed record Result(int Done, IReadOnlyList<string> Problems);

    public async Task<Result> AssignAsync(IReadOnlyCollection<long> numberIds, string telnyxCampaignId, string by, CancellationToken cancellationToken = default)
    {
        var campaign = await db.RegisteredCampaigns.AsNoTracking().SingleOrDefaultAsync(c => c.TelnyxCampaignId == telnyxCampaignId, cancellationToken);
        if (campaign is null) return new Result(0, ["Choose a campaign."]);
        if (campaign.State != RegistrationState.Active)
            return new Result(0, [$"The campaign is {campaign.State.Words().ToLowerInvariant()}: numbers can join it once carriers have provisioned it."]);

        var problems = new List<string>();
        var done = 0;
        foreach (var number in await NumbersAsync(numberIds, cancellationToken))
        {
            var name = PhoneNumberNormalizer.Format(number.PhoneNumber);
            if (!number.Carriers.NeedsTenDlc) { problems.Add($"{name}: only US local numbers are registered for 10DLC (toll-free numbers are verified instead)."); continue; }
            // Already on it, or on its way: asking again would only reset Telnyx's review of the assignment.
            if (number.TenDlcCampaignId == telnyxCampaignId && number.TenDlcAssignmentStatus is "ASSIGNED" or "PENDING_ASSIGNMENT") { done++; continue; }
            try
            {
                var assignment = await telnyx.AssignNumberToCampaignAsync(new AssignNumberToCampaignRequest(number.PhoneNumber, telnyxCampaignId), cancellationToken);
                await registry.ApplyAssignmentAsync(number, assignment, cancellationToken);
                audit.Add(number, NumberAuditAction.CampaignAssigned, $"Campaign {campaign.TcrCampaignId ?? campaign.TelnyxCampaignId} ({assignment.AssignmentStatus ?? "sent"}).", by);
                number.UpdatedBy = by;
                await db.SaveChangesAsync(cancellationToken);
                done++;
            }
            catch (TelnyxException e)
            {
                problems.Add($"{name}: {e.UserMessage}");
            }
        }
        await PublishAsync(cancellationToken);
        return new Result(done, problems);
    }

    public async Task<Result> UnassignAsync(IReadOnlyCollection<long> numberIds, string by, CancellationToken cancellationToken = default)
    {
        var problems = new List<string>();
        var done = 0;
        foreach (var number in (await NumbersAsync(numberIds, cancellationToken)).Where(n => n.TenDlcCampaignId is not null))
        {
            try
            {
                await telnyx.UnassignNumberFromCampaignAsync(number.PhoneNumber, cancellationToken);
            }
            catch (TelnyxApiException e) when (e.StatusCode == System.Net.HttpStatusCode.NotFound)
            {
                // Already off it at Telnyx: only this app still thought otherwise.
            }
            catch (TelnyxException e)
            {
                problems.Add($"{PhoneNumberNormalizer.Format(number.PhoneNumber)}: {e.UserMessage}");
                continue;
            }
            audit.Add(number, NumberAuditAction.CampaignUnassigned, $"Campaign {number.TenDlcCampaignId}.", by);
            await registry.ApplyAssignmentAsync(number, null, cancellationToken);
            number.UpdatedBy = by;
            await db.SaveChangesAsync(cancellationToken);
            done++;
        }
        await PublishAsync(cancellationToken);
        return new Result(done, problems);
    }

    private Task<List<CompanyNumber>> NumbersAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken) =>
        db.CompanyNumbers.Where(n => ids.Contains(n.Id) && n.ReleasedAt == null).OrderBy(n => n.PhoneNumber).ToListAsync(cancellationToken);

    private async Task PublishAsync(CancellationToken cancellationToken)
    {
        await live.PublishRegistrationChangedAsync(cancellationToken);
        await live.PublishChangedAsync(cancellationToken: cancellationToken);
    }
}
