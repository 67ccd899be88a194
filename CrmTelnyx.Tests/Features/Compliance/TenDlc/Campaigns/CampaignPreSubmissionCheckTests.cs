using CrmTelnyx.Features.Compliance.TenDlc.Campaigns;

namespace CrmTelnyx.Tests.Features.Compliance.TenDlc.Campaigns;

/// <summary>
/// The pre-submission check, rule by rule: a campaign carriers accept raises nothing, and each way they reject one is
/// found, in the field it is in, with an example that passes beside it.
/// </summary>
public sealed class CampaignPreSubmissionCheckTests
{
    /// <summary>A marketing campaign as a careful admin would write it: nothing to find.</summary>
    private static readonly CampaignDraft Good = TenDlcExamples.Campaign;

    private static List<CampaignFinding> Check(CampaignDraft draft) => CampaignPreSubmissionCheck.Check(draft).ToList();

    private static CampaignFinding Single(CampaignDraft draft, CampaignRule rule) => Assert.Single(Check(draft), f => f.Rule == rule);

    [Fact]
    public void A_campaign_written_as_carriers_expect_raises_nothing() => Assert.Empty(Check(Good));

    [Fact]
    public void One_sample_is_too_few_and_six_too_many()
    {
        var one = Single(Good with { Samples = [Good.Samples[0]] }, CampaignRule.TooFewSamples);
        Assert.Contains("at least two", one.Why);
        Assert.Single(Check(Good with { Samples = [.. Good.Samples, .. Good.Samples, .. Good.Samples] }), f => f.Rule == CampaignRule.TooFewSamples);
        Assert.DoesNotContain(Check(Good with { Samples = [.. Good.Samples, Good.Samples[0]] }), f => f.Rule == CampaignRule.TooFewSamples);
    }

    [Theory]
    [InlineData("Description")]
    [InlineData("Message flow")]
    [InlineData("Sample 2")]
    [InlineData("HELP reply")]
    [InlineData("STOP reply")]
    public void Text_under_the_registrys_minimum_is_found_in_its_field(string field)
    {
        var draft = field switch
        {
            "Description" => Good with { Description = "Offers for customers." },
            "Message flow" => Good with { MessageFlow = "Customers opt in online." },
            "Sample 2" => Good with { Samples = [Good.Samples[0], "Acme Plumbing: hi"] },
            "HELP reply" => Good with { HelpReply = "Acme Plumbing: help" },
            _ => Good with { OptOutReply = "" },
        };

        var finding = Assert.Single(Check(draft), f => f.Rule == CampaignRule.TooShort);

        Assert.Equal(field, finding.Field);
        Assert.Matches(field == "STOP reply" ? "empty" : "characters; carriers need at least (20|40)", finding.Why);
    }

    [Fact]
    public void A_sample_or_reply_without_the_brand_is_found_and_legal_suffixes_and_case_do_not_matter()
    {
        var finding = Single(Good with { Samples = [Good.Samples[0], "Your yearly drain check is due. Book at acmeplumbing.com/book."] }, CampaignRule.BrandNotNamed);
        Assert.Equal("Sample 2", finding.Field);
        Assert.Contains("Acme Plumbing, LLC", finding.Why);

        Assert.Equal("HELP reply", Single(Good with { HelpReply = "For help call (312) 555-0100 any weekday." }, CampaignRule.BrandNotNamed).Field);
        Assert.Empty(Check(Good with { BrandName = "ACME PLUMBING INC" }));
        // Part of a word is not the name: "Acmeplumbing" in an address does not count.
        Assert.Contains(Check(Good with { BrandName = "Plumb" }), f => f.Rule == CampaignRule.BrandNotNamed);
    }

    [Fact]
    public void Samples_that_never_say_how_to_stop_are_found()
    {
        var finding = Single(Good with
        {
            Samples = ["Acme Plumbing: winter special, 20% off water heater service until Jan 31.", "Acme Plumbing: time for your yearly drain check. Book at acmeplumbing.com/book."],
        }, CampaignRule.NoOptOutLanguage);

        Assert.Contains("Reply STOP to opt out", finding.Fix);
        Assert.Empty(Check(Good with { Samples = [Good.Samples[0], "Acme Plumbing: your yearly drain check is due, book at acmeplumbing.com/book."] }));
        Assert.Empty(Check(Good with { Samples = ["Acme Plumbing: 20% off water heater service this week. Text UNSUBSCRIBE to end.", Good.Samples[1]] }));
    }

    [Fact]
    public void A_stop_reply_that_does_not_confirm_the_end_is_found()
    {
        Assert.Equal("STOP reply", Single(Good with { OptOutReply = "Acme Plumbing: thanks for your message, we read every one." }, CampaignRule.OptOutReplyUnclear).Field);
        Assert.Empty(Check(Good with { OptOutReply = "Acme Plumbing: you have opted out. Reply START to resubscribe." }));
    }

    [Fact]
    public void A_help_reply_without_a_phone_email_or_website_is_found()
    {
        Single(Good with { HelpReply = "Acme Plumbing: we are happy to help with anything you need." }, CampaignRule.HelpReplyWithoutContact);
        Assert.Empty(Check(Good with { HelpReply = "Acme Plumbing: for help visit acmeplumbing.com/help any time." }));
        Assert.Empty(Check(Good with { HelpReply = "Acme Plumbing: for help write to help@acmeplumbing.com." }));
    }

    [Fact]
    public void A_message_flow_that_does_not_say_how_people_agree_is_found()
    {
        Single(Good with { MessageFlow = "We send texts to the people in our customer database every month." }, CampaignRule.MessageFlowWithoutConsent);
        Assert.Empty(Check(Good with { MessageFlow = "Customers text JOIN to (312) 555-0100 after seeing the keyword on our van; they consent to offers." }));
    }

    [Theory]
    [InlineData("https://bit.ly/3xYz9", "bit.ly")]
    [InlineData("tinyurl.com/acme-sale", "tinyurl.com")]
    [InlineData("http://www.t.co/abc", "t.co")]
    public void Public_link_shorteners_are_found(string link, string shortener)
    {
        var finding = Single(Good with { Samples = [Good.Samples[0], $"Acme Plumbing: book your drain check at {link}. Reply STOP to opt out."] }, CampaignRule.UrlShortener);

        Assert.Equal("Sample 2", finding.Field);
        Assert.Contains(shortener, finding.Why);
    }

    [Fact]
    public void A_shortener_like_name_inside_the_companys_own_domain_is_not_one() =>
        Assert.Empty(Check(Good with { Samples = [Good.Samples[0], "Acme Plumbing: book at getbit.ly.acmeplumbing.com/book today. Reply STOP to opt out."] }));

    [Fact]
    public void Links_in_samples_must_match_the_links_flag_both_ways()
    {
        var undeclared = Single(Good with { EmbeddedLinks = false }, CampaignRule.LinkFlagMismatch);
        Assert.Equal("Sample 2", undeclared.Field);
        Assert.Contains("is off", undeclared.Why);

        var noneShown = Single(Good with { Samples = [Good.Samples[0], "Acme Plumbing: time for your yearly drain check, just reply YES. Reply STOP to opt out."] },
            CampaignRule.LinkFlagMismatch);
        Assert.Contains("no sample shows links", noneShown.Why);
    }

    [Fact]
    public void Phone_numbers_in_samples_must_match_the_phone_flag_both_ways()
    {
        var sample = "Acme Plumbing: questions about your booking? Call (312) 555-0100. Reply STOP to opt out.";
        Assert.Equal("Sample 2", Single(Good with { Samples = [Good.Samples[0], sample] }, CampaignRule.PhoneFlagMismatch).Field);
        Assert.DoesNotContain(Check(Good with { Samples = [Good.Samples[0], sample], EmbeddedPhoneNumbers = true }), f => f.Rule == CampaignRule.PhoneFlagMismatch);
        Assert.Contains("no sample shows phone numbers", Single(Good with { EmbeddedPhoneNumbers = true }, CampaignRule.PhoneFlagMismatch).Why);
    }

    [Theory]
    [InlineData("Acme Taproom: two-for-one craft beer tonight. Reply STOP to opt out.", "beer")]
    [InlineData("Acme Outfitters: new rifles and ammo in stock this week. Reply STOP to opt out.", "rifles")]
    [InlineData("Acme Wellness: 15% off CBD gummies this weekend only. Reply STOP to opt out.", "CBD")]
    public void Age_restricted_content_needs_the_age_gate(string sample, string word)
    {
        var draft = Good with { BrandName = sample.Split(':')[0], Samples = [sample, sample], HelpReply = $"{sample.Split(':')[0]}: call (312) 555-0100 for help.",
            OptOutReply = $"{sample.Split(':')[0]}: you are unsubscribed, no more messages.", EmbeddedLinks = false };

        Assert.Contains(word, Single(draft, CampaignRule.AgeGatedContent).Why);
        Assert.Empty(Check(draft with { AgeGated = true }));
    }

    [Fact]
    public void Lending_needs_the_direct_lending_flag()
    {
        var draft = Good with { Description = "Acme Plumbing texts customers about financing: loans for new water heaters, twice a month." };
        Assert.Contains("loans", Single(draft, CampaignRule.DirectLendingContent).Why);
        Assert.Empty(Check(draft with { DirectLending = true }));
    }

    [Fact]
    public void A_customer_care_campaign_whose_samples_sell_does_not_fit_its_use_case()
    {
        var finding = Single(Good with { UseCase = CampaignUseCase.CustomerCare }, CampaignRule.UseCaseMismatch);

        Assert.Equal("Sample 1", finding.Field);
        Assert.Contains("20% off", finding.Why);
        Assert.Contains("Customer care", finding.Why);
        Assert.Empty(Check(Good with { UseCase = CampaignUseCase.Mixed }));
        Assert.Empty(Check(Good with
        {
            UseCase = CampaignUseCase.CustomerCare,
            Samples = ["Acme Plumbing: your technician Sam is on the way and arrives by 2pm. Reply STOP to opt out.", Good.Samples[1]],
        }));
    }

    [Fact]
    public void A_2fa_campaign_must_show_the_code()
    {
        var twoFactor = Good with
        {
            UseCase = CampaignUseCase.TwoFactorAuthentication,
            Samples = ["Acme Plumbing: use this to sign in to your account. Reply STOP to opt out.", "Acme Plumbing: someone is signing in to your account now. Reply STOP to opt out."],
            EmbeddedLinks = false,
        };

        Assert.Contains("one-time code", Single(twoFactor, CampaignRule.UseCaseMismatch).Why);
        Assert.Empty(Check(twoFactor with { Samples = ["Acme Plumbing: your sign-in code is 482913. Reply STOP to opt out.", twoFactor.Samples[1]] }));
    }

    [Fact]
    public void Every_finding_says_why_and_how_to_fix_it()
    {
        var worst = new CampaignDraft("Acme", CampaignUseCase.CustomerCare, "", "", ["Sale! 50% off guns, loans at bit.ly/x call 312-555-0100"], "", "");

        var findings = Check(worst);

        Assert.True(findings.Count >= 8, string.Join("; ", findings.Select(f => f.Rule)));
        Assert.All(findings, f => Assert.False(string.IsNullOrWhiteSpace(f.Field) || string.IsNullOrWhiteSpace(f.Why) || string.IsNullOrWhiteSpace(f.Fix)));
    }
}
