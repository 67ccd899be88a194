using Bunit;
using CrmTelnyx.Components;
using CrmTelnyx.Features.Compliance.TenDlc;
using CrmTelnyx.Features.Compliance.TenDlc.Campaigns;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CrmTelnyx.Tests.Features.Compliance.TenDlc.Campaigns;

/// <summary>The 10DLC page's campaign list: a campaign carriers rejected can be fixed from what was submitted.</summary>
public sealed class CampaignsCardTests : IAsyncLifetime
{
    private readonly MudComponentContext context = new();

    public CampaignsCardTests() => context.Services.AddSingleton<UseCaseRunner>();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await context.DisposeAsync();

    private static ListRegistrations.CampaignRow Row(string id, string campaignStatus, CampaignDraft? submitted, string? reason = null, bool soleProprietor = false) => new(new RegisteredCampaign
    {
        TelnyxCampaignId = id, TelnyxBrandId = "brand-1", UseCase = "CUSTOMER_CARE", CampaignStatus = campaignStatus, Status = "ACTIVE",
        FailureReason = reason, SubmittedDraftJson = submitted?.ToJson(),
    }, "Acme Plumbing LLC", 0, soleProprietor);

    [Fact]
    public void Only_a_rejected_campaign_submitted_from_here_offers_to_be_fixed_and_hands_over_what_was_submitted()
    {
        var draft = TenDlcExamples.Campaign with { BrandName = "Acme Plumbing LLC" };
        RejectedCampaign? handed = null;
        var card = context.Render<CampaignsCard>(p => p
            .Add(c => c.Campaigns, [
                Row("rejected-here", "MNO_REJECTED", draft, "Sample 2 does not name the brand."),
                Row("rejected-in-portal", "MNO_REJECTED", null, "Opt-in not described."),
                Row("active", "MNO_PROVISIONED", draft),
                Row("sole-proprietor-s", "MNO_REJECTED", draft, "Opt-in not described.", soleProprietor: true),
            ])
            .Add(c => c.OnWriteAgain, r => handed = r));

        Assert.Equal(["rejected-here"], card.FindAll("[data-campaign]").Where(c => c.QuerySelector("[data-campaign-write-again]") is not null)
            .Select(c => c.GetAttribute("data-campaign")).ToList());

        // A sole proprietor's one campaign is fixed where it is: a second one would be refused.
        Assert.Contains("fix it and resubmit it in the Telnyx portal", card.Find("[data-campaign='sole-proprietor-s'] [data-campaign-sole-proprietor]").TextContent);

        card.Find("[data-campaign='rejected-here'] [data-campaign-write-again]").Click();

        Assert.NotNull(handed);
        Assert.Equal(("brand-1", "Sample 2 does not name the brand."), (handed.TelnyxBrandId, handed.Reason));
        Assert.Equal(draft.Samples, handed.Draft.Samples);
        Assert.Equal(draft.MessageFlow, handed.Draft.MessageFlow);
    }
}
