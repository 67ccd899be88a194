using CrmTelnyx.Features.Compliance.TenDlc.Brands;

namespace CrmTelnyx.Tests.Features.Compliance.TenDlc.Brands;

/// <summary>The brand wizard's field checks: what the registry would refuse is said beside its field before anything is sent.</summary>
public sealed class BrandFormCheckTests
{
    private static readonly BrandDraft Good = TenDlcExamples.Brand;

    private static IReadOnlyDictionary<string, string> Check(BrandDraft brand) => BrandFormCheck.Check(brand);

    private static string Error(BrandDraft brand, string field) =>
        Assert.Single(Check(brand), e => e.Key == field).Value;

    [Fact]
    public void A_complete_brand_passes_with_the_ein_and_phone_in_any_usual_form()
    {
        Assert.Empty(Check(Good));
        Assert.Empty(Check(Good with { Ein = "364127890", Phone = "+1 312 555 0100", Website = "https://www.acmeplumbing.com/about", State = "il", PostalCode = "60606-1234" }));
        Assert.Equal("364127890", BrandFormCheck.EinDigits("36-4127890"));
    }

    [Theory]
    [InlineData("", "Enter the EIN.")]
    [InlineData("36-412789", "9 digits")]
    [InlineData("36-41278901", "9 digits")]
    [InlineData("3a-4127890", "9 digits")]
    [InlineData("07-4127890", "No EIN starts with 07")]
    [InlineData("00-4127890", "No EIN starts with 00")]
    public void A_wrong_ein_is_said_in_words(string ein, string said) => Assert.Contains(said, Error(Good with { Ein = ein }, nameof(BrandDraft.Ein)));

    [Fact]
    public void A_sole_proprietor_needs_no_ein_and_no_website_but_one_given_must_be_real()
    {
        var sole = Good with { EntityType = BrandEntityType.SoleProprietor, Ein = null, Website = null };
        Assert.Empty(Check(sole));
        Assert.Contains("link shortener", Error(sole with { Website = "bit.ly/acme" }, nameof(BrandDraft.Website)));
    }

    [Theory]
    [InlineData("", "Enter the website")]
    [InlineData("acme", "e.g. https://acmeplumbing.com")]
    [InlineData("ftp://acmeplumbing.com", "e.g. https://acmeplumbing.com")]
    [InlineData("http://192.168.1.20", "not an IP address")]
    [InlineData("https://tinyurl.com/acme", "link shortener")]
    [InlineData("www.example.com", "public website")]
    [InlineData("acme.c0m", "e.g. https://acmeplumbing.com")]
    public void A_website_reviewers_could_not_open_is_refused(string website, string said) =>
        Assert.Contains(said, Error(Good with { Website = website }, nameof(BrandDraft.Website)));

    [Theory]
    [InlineData(nameof(BrandDraft.Phone), "555-0100")]
    [InlineData(nameof(BrandDraft.Phone), "(312) 555-0100 ext 4")]
    [InlineData(nameof(BrandDraft.Email), "owner@acme")]
    [InlineData(nameof(BrandDraft.State), "Illinois")]
    [InlineData(nameof(BrandDraft.PostalCode), "6060")]
    [InlineData(nameof(BrandDraft.Vertical), "PLUMBING")]
    [InlineData(nameof(BrandDraft.LegalName), "  ")]
    [InlineData(nameof(BrandDraft.Street), "")]
    [InlineData(nameof(BrandDraft.City), "")]
    public void Each_field_is_checked_on_its_own(string field, string value)
    {
        var brand = field switch
        {
            nameof(BrandDraft.Phone) => Good with { Phone = value },
            nameof(BrandDraft.Email) => Good with { Email = value },
            nameof(BrandDraft.State) => Good with { State = value },
            nameof(BrandDraft.PostalCode) => Good with { PostalCode = value },
            nameof(BrandDraft.Vertical) => Good with { Vertical = value },
            nameof(BrandDraft.LegalName) => Good with { LegalName = value },
            nameof(BrandDraft.Street) => Good with { Street = value },
            _ => Good with { City = value },
        };

        var errors = Check(brand);

        Assert.Equal([field], errors.Keys);
        Assert.False(string.IsNullOrWhiteSpace(errors[field]));
    }

    [Fact]
    public void A_public_company_needs_its_stock_symbol_and_exchange()
    {
        var listed = Good with { EntityType = BrandEntityType.PublicProfit };
        var errors = Check(listed);
        Assert.Equal(["StockExchange", "StockSymbol"], errors.Keys.Order());

        Assert.Empty(Check(listed with { StockSymbol = "ACME", StockExchange = "nasdaq" }));
        Assert.Contains("ticker", Error(listed with { StockSymbol = "ACME CORP!", StockExchange = "NYSE" }, nameof(BrandDraft.StockSymbol)));
        Assert.Contains("from the list", Error(listed with { StockSymbol = "ACME", StockExchange = "Wall Street" }, nameof(BrandDraft.StockExchange)));
        // A private company is not asked for one.
        Assert.Empty(Check(Good with { StockSymbol = null }));
    }
}
