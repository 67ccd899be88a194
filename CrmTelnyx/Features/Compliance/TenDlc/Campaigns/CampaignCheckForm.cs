namespace CrmTelnyx.Features.Compliance.TenDlc.Campaigns;

/// <summary>What the campaign check card collects, bound field by field; <see cref="ToDraft"/> is what the check reads.</summary>
public sealed class CampaignCheckForm
{
    public string BrandName { get; set; } = "";
    public CampaignUseCase UseCase { get; set; } = CampaignUseCase.Marketing;
    public string Description { get; set; } = "";
    public string MessageFlow { get; set; } = "";
    public List<string> Samples { get; set; } = ["", ""];
    public string HelpReply { get; set; } = "";
    public string OptOutReply { get; set; } = "";
    public bool EmbeddedLinks { get; set; }
    public bool EmbeddedPhoneNumbers { get; set; }
    public bool AgeGated { get; set; }
    public bool DirectLending { get; set; }
    public string OptInKeywords { get; set; } = "";
    public string OptInMessage { get; set; } = "";

    /// <summary>The form filled with a campaign submitted before, to be fixed and submitted again.</summary>
    public static CampaignCheckForm From(CampaignDraft draft) => new()
    {
        BrandName = draft.BrandName, UseCase = draft.UseCase, Description = draft.Description, MessageFlow = draft.MessageFlow,
        // The form always shows at least the two samples carriers ask for.
        Samples = [.. draft.Samples, .. Enumerable.Repeat("", Math.Max(0, CampaignPreSubmissionCheck.MinSamples - draft.Samples.Count))],
        HelpReply = draft.HelpReply, OptOutReply = draft.OptOutReply, EmbeddedLinks = draft.EmbeddedLinks, EmbeddedPhoneNumbers = draft.EmbeddedPhoneNumbers,
        AgeGated = draft.AgeGated, DirectLending = draft.DirectLending, OptInKeywords = draft.OptInKeywords ?? "", OptInMessage = draft.OptInMessage ?? "",
    };

    public CampaignDraft ToDraft() => new(BrandName, UseCase, Description, MessageFlow, Samples.ToList(), HelpReply, OptOutReply,
        EmbeddedLinks, EmbeddedPhoneNumbers, AgeGated, DirectLending, OptInKeywords, OptInMessage);
}
