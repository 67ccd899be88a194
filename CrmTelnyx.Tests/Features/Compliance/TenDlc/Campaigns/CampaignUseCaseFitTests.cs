using CrmTelnyx.Features.Compliance.TenDlc.Campaigns;

namespace CrmTelnyx.Tests.Features.Compliance.TenDlc.Campaigns;

/// <summary>The composer's warning when a blast's text does not fit the use case its senders' campaigns were registered for.</summary>
public sealed class CampaignUseCaseFitTests
{
    [Fact]
    public void A_sale_sent_on_an_account_notification_campaign_is_flagged_with_what_reads_as_marketing()
    {
        var warning = CampaignUseCaseFit.Warning("Winter sale: 20% off all repairs this week.", markedMarketing: false, ["ACCOUNT_NOTIFICATION"]);

        Assert.NotNull(warning);
        Assert.StartsWith("It reads as marketing (\u201csale\u201d)", warning);
        Assert.Contains("Account notifications", warning);
    }

    [Fact]
    public void A_blast_marked_marketing_is_flagged_on_a_customer_care_campaign_even_without_sales_words()
    {
        var warning = CampaignUseCaseFit.Warning("Come and see what is new at the shop.", markedMarketing: true, ["CUSTOMER_CARE", "MIXED"]);

        Assert.Equal("It is marked as marketing, but some senders are registered on a 10DLC campaign for Customer care. Carriers filter texts that do not fit the campaign's use case: send it from numbers on a marketing or mixed campaign.", warning);
    }

    [Theory]
    [InlineData("Winter sale: 20% off all repairs this week.", true, "MARKETING")]
    [InlineData("Winter sale: 20% off all repairs this week.", true, "MIXED")]
    [InlineData("Your plumber arrives tomorrow at 9am.", false, "ACCOUNT_NOTIFICATION")]
    public void Text_that_fits_its_campaigns_or_is_not_marketing_raises_nothing(string text, bool marketing, string useCase) =>
        Assert.Null(CampaignUseCaseFit.Warning(text, marketing, [useCase]));

    [Fact]
    public void Senders_on_no_campaign_raise_nothing_here() =>
        Assert.Null(CampaignUseCaseFit.Warning("Winter sale: 20% off.", true, []));
}
