using CrmTelnyx.Data;
using CrmTelnyx.Hosting;
using CrmTelnyx.Telnyx;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Features.Compliance.TenDlc.Campaigns;

/// <summary>
/// Submits a campaign for a registered brand. What the pre-submission check finds stops it unless the person chose
/// to submit anyway: a rejection costs a fee and days, a second look costs a minute.
/// </summary>
public sealed class RegisterCampaign(CrmDbContext db, TelnyxClient telnyx, RefreshRegistration registry, AppAddresses addresses)
{
    public const string HelpKeywords = "HELP,INFO";
    public const string OptOutKeywords = "STOP,STOPALL,UNSUBSCRIBE,CANCEL,END,QUIT";

    /// <param name="Findings">What the check found (shown beside the form); empty when it found nothing.</param>
    /// <param name="Problem">Why nothing was submitted, in words; null when Telnyx took it.</param>
    public sealed record Result(IReadOnlyList<CampaignFinding> Findings, string? Problem, RegisteredCampaign? Campaign);

    public async Task<Result> SubmitAsync(string telnyxBrandId, CampaignDraft draft, bool despiteFindings, string submittedBy, CancellationToken cancellationToken = default)
    {
        var brand = await db.RegisteredBrands.AsNoTracking().SingleOrDefaultAsync(b => b.TelnyxBrandId == telnyxBrandId, cancellationToken);
        if (brand is null) return new Result([], "Choose the brand this campaign is for.", null);
        if (brand.State != RegistrationState.Active)
            return new Result([], $"The brand {brand.DisplayName} is not registered yet ({brand.State.Words()}): campaigns can be submitted once it is active.", null);
        if (brand.IsSoleProprietor && await db.RegisteredCampaigns.AnyAsync(c => c.TelnyxBrandId == telnyxBrandId, cancellationToken))
            return new Result([], "A sole proprietor brand may have only one campaign, and this brand has one.", null);

        var findings = CampaignPreSubmissionCheck.Check(draft with { BrandName = brand.DisplayName });
        if (findings.Count > 0 && !despiteFindings)
            return new Result(findings, $"The check found {(findings.Count == 1 ? "1 thing" : $"{findings.Count} things")} carriers reject: fix them, or submit anyway.", null);
        try
        {
            var answer = await telnyx.CreateCampaignAsync(Request(telnyxBrandId, draft) with { WebhookURL = addresses.ConfiguredTelnyxWebhookUrl }, cancellationToken);
            return new Result(findings, null, await registry.RecordSubmittedAsync(answer, draft with { BrandName = brand.DisplayName }, submittedBy, cancellationToken));
        }
        catch (TelnyxException e)
        {
            return new Result(findings, $"Telnyx did not take the campaign: {e.UserMessage}", null);
        }
    }

    public static CreateCampaignRequest Request(string telnyxBrandId, CampaignDraft draft)
    {
        var samples = draft.Samples.Select(s => s.Trim()).Where(s => s.Length > 0).ToList();
        string? Sample(int i) => i < samples.Count ? samples[i] : null;
        var optInKeywords = string.IsNullOrWhiteSpace(draft.OptInKeywords) ? null : draft.OptInKeywords.Trim().ToUpperInvariant();
        return new CreateCampaignRequest(telnyxBrandId, draft.UseCase.TelnyxName(), draft.Description.Trim())
        {
            Sample1 = Sample(0), Sample2 = Sample(1), Sample3 = Sample(2), Sample4 = Sample(3), Sample5 = Sample(4),
            MessageFlow = draft.MessageFlow.Trim(),
            HelpMessage = draft.HelpReply.Trim(), HelpKeywords = HelpKeywords,
            OptoutMessage = draft.OptOutReply.Trim(), OptoutKeywords = OptOutKeywords,
            OptinKeywords = optInKeywords,
            OptinMessage = string.IsNullOrWhiteSpace(draft.OptInMessage) ? null : draft.OptInMessage.Trim(),
            SubscriberOptin = true, SubscriberOptout = true, SubscriberHelp = true,
            EmbeddedLink = draft.EmbeddedLinks, EmbeddedPhone = draft.EmbeddedPhoneNumbers,
            AgeGated = draft.AgeGated, DirectLending = draft.DirectLending, NumberPool = false,
        };
    }
}
