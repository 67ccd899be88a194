using CrmTelnyx.Features.Billing.Export;
using CrmTelnyx.Features.Billing.Ledger;
using CrmTelnyx.Features.Billing.Tab;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace CrmTelnyx.Tests.Features.Billing.Export;

/// <summary>The export links carry the tab's filter in the query string (<see cref="BillingFilter.ToQueryString"/>) and read it back whole.</summary>
public sealed class BillingExportLinkTests
{
    private static readonly TimeZoneInfo Chicago = BillingExportSeed.Chicago;

    private static (BillingFilter? Filter, string? Error) Read(string queryString) =>
        BillingFilter.FromQuery(new QueryCollection(QueryHelpers.ParseQuery(queryString)), Chicago);

    [Fact]
    public void A_filter_goes_into_the_link_and_comes_back_the_same()
    {
        var filter = new BillingFilter(BillingPeriod.Days(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31), Chicago))
        {
            CompanyNumber = "+13125550141", Type = BillingType.Numbers, Direction = LedgerDirection.Inbound, State = "IL", BlastId = 42, AgentUserId = "a b&c=d",
        };

        var link = BillingExports.LedgerLink(filter);
        var (back, error) = Read(link[link.IndexOf('?')..]);

        Assert.StartsWith("/billing/export/ledger.csv?from=2026-03-01&to=2026-03-31&number=%2B13125550141&type=Numbers", link);
        Assert.Null(error);
        Assert.Equal(filter, back);
        // March in Chicago: from 06:00 UTC on the 1st (CST) to 05:00 UTC on April 1st (CDT since the 8th).
        Assert.Equal((new DateTimeOffset(2026, 3, 1, 6, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 4, 1, 5, 0, 0, TimeSpan.Zero)), (back!.Period.FromUtc, back.Period.ToUtc));
    }

    [Fact]
    public void A_period_alone_is_everything_in_it()
    {
        var (filter, error) = Read("?from=2026-11-01&to=2026-11-01&number=&state=il");

        Assert.Null(error);
        Assert.Equal((null, null, "IL"), (filter!.CompanyNumber, filter.Type, filter.State));
        Assert.Equal(BillingExports.NumbersPath + "?from=2026-11-01&to=2026-11-01&state=IL", BillingExports.NumbersLink(filter));
    }

    [Theory]
    [InlineData("", "'from' must be a date like 2026-12-01.")]
    [InlineData("?from=2026-11-01&to=tomorrow", "'to' must be a date like 2026-12-31.")]
    [InlineData("?from=2026-11-02&to=2026-11-01", "'to' must not be before 'from'.")]
    [InlineData("?from=2000-01-01&to=2026-11-01", "A period can be at most ten years.")]
    [InlineData("?from=2026-11-01&to=2026-11-30&type=7", "'type' must be one of Sms, Mms, Calls, Numbers.")]
    [InlineData("?from=2026-11-01&to=2026-11-30&direction=sideways", "'direction' must be Outbound or Inbound.")]
    [InlineData("?from=2026-11-01&to=2026-11-30&blast=-3", "'blast' must be a blast's number.")]
    [InlineData("?from=2026-11-01&to=2026-11-30&state=T1", "'state' must be a two-letter state like TX.")]
    public void What_cannot_be_read_is_said_in_words(string query, string error)
    {
        Assert.Equal((null, error), Read(query));
    }
}
