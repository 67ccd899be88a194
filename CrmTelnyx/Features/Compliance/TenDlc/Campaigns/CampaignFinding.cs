namespace CrmTelnyx.Features.Compliance.TenDlc.Campaigns;

/// <summary>One thing carriers would reject in a campaign: which rule, where, why, and how to fix it.</summary>
/// <param name="Field">The wizard's field it is about ("Sample 2", "Message flow").</param>
public sealed record CampaignFinding(CampaignRule Rule, string Field, string Why, string Fix);

/// <summary>The pre-submission check's rules, each a reason carriers or The Campaign Registry reject campaigns.</summary>
public enum CampaignRule
{
    TooFewSamples,
    TooShort,
    BrandNotNamed,
    NoOptOutLanguage,
    OptOutReplyUnclear,
    HelpReplyWithoutContact,
    MessageFlowWithoutConsent,
    UrlShortener,
    LinkFlagMismatch,
    PhoneFlagMismatch,
    AgeGatedContent,
    DirectLendingContent,
    UseCaseMismatch,
}
