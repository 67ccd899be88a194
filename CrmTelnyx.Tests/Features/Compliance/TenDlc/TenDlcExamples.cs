using CrmTelnyx.Features.Compliance.TenDlc.Brands;
using CrmTelnyx.Features.Compliance.TenDlc.Campaigns;

namespace CrmTelnyx.Tests.Features.Compliance.TenDlc;

/// <summary>A brand and a campaign as a careful admin would write them: the checks find nothing in either.</summary>
public static class TenDlcExamples
{
    public static readonly BrandDraft Brand = new(
        BrandEntityType.PrivateProfit, "Acme Plumbing LLC", "36-4127890", "233 S Wacker Dr", "Chicago", "IL", "60606",
        "acmeplumbing.com", "CONSTRUCTION", "(312) 555-0100", "owner@acmeplumbing.com");

    public static readonly CampaignDraft Campaign = new(
        BrandName: "Acme Plumbing, LLC",
        UseCase: CampaignUseCase.Marketing,
        Description: "Acme Plumbing texts its customers seasonal offers and service reminders, about twice a month.",
        MessageFlow: "Customers opt in by checking a box on the booking form at acmeplumbing.com agreeing to receive texts.",
        Samples:
        [
            "Acme Plumbing: winter special, 20% off water heater service until Jan 31. Reply STOP to opt out.",
            "Acme Plumbing: time for your yearly drain check. Book at acmeplumbing.com/book. Reply STOP to opt out.",
        ],
        HelpReply: "Acme Plumbing: for help call (312) 555-0100 or write to help@acmeplumbing.com.",
        OptOutReply: "Acme Plumbing: you are unsubscribed and will receive no more messages.",
        EmbeddedLinks: true);
}
