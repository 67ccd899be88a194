namespace CrmTelnyx.Features.Compliance.TenDlc.Campaigns;

/// <summary>A rejected campaign as the campaign card takes it to be fixed: its brand, what was submitted, and why carriers refused it.</summary>
public sealed record RejectedCampaign(string TelnyxBrandId, CampaignDraft Draft, string Label, string? Reason);
