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

    public CampaignDraft ToDraft() => new(BrandName, UseCase, Description, MessageFlow, Samples.ToList(), HelpReply, OptOutReply,
        EmbeddedLinks, EmbeddedPhoneNumbers, AgeGated, DirectLending, OptInKeywords, OptInMessage);
}
