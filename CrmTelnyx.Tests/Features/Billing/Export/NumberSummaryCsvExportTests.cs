using System.Globalization;
using CrmTelnyx.Features.Billing.Export;
using CrmTelnyx.Features.Billing.Tab;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CrmTelnyx.Tests.Features.Billing.Export;

/// <summary><c>GET /billing/export/numbers.csv</c>: a row per company number, adding up to the tab's per-number table and totals.</summary>
public sealed class NumberSummaryCsvExportTests : IAsyncLifetime
{
    private readonly CrmAppFactory app = new();

    public async Task InitializeAsync() => await BillingExportSeed.AddAsync(app);

    public Task DisposeAsync()
    {
        app.Dispose();
        return Task.CompletedTask;
    }

    private static BillingFilter November => new(BillingPeriod.Days(BillingExportSeed.November1, BillingExportSeed.November30, BillingExportSeed.Chicago));

    [Fact]
    public async Task Each_number_s_row_matches_the_tab_and_the_rows_add_up_to_all_costs()
    {
        var manager = await app.CreateBrowserLikeClient().SignedInAsync("meg@crm.test", "Meg-Passw0rd");
        var csv = await ExportedCsv.GetAsync(manager, BillingExports.NumbersLink(November));
        BillingQuery.View tab;
        await using (var scope = app.Services.CreateAsyncScope())
            tab = await scope.ServiceProvider.GetRequiredService<BillingQuery>().ReadAsync(November);

        Assert.Equal(NumberSummaryCsvExport.Header, csv.Header);
        Assert.Equal(["'" + BillingExportSeed.NumberA, "'" + BillingExportSeed.NumberB, NumberSummaryCsvExport.NoNumber], csv.Rows.Select(r => r["company_number"]));
        Assert.Equal(tab.All, csv.Rows.Sum(r => Dollars(r["cost_usd"])));
        foreach (var number in tab.Numbers)
        {
            var row = csv.Rows.Single(r => r["company_number"] == "'" + number.CompanyNumber);
            Assert.Equal((number.Texts, number.Segments, number.CallSeconds, number.Cost),
                (int.Parse(row["texts"]), long.Parse(row["segments"]), long.Parse(row["call_seconds"]), Dollars(row["cost_usd"])));
        }

        var a = csv.Rows[0];
        // Texts m1 (2 segments, less one by correction) and m5; the call leg with its correction; the monthly fee.
        Assert.Equal(("2", "2", "2", "0.0095", "1", "180", "3", "0.03", "1", "1.0395"),
            (a["texts"], a["segments"], a["texts_delivered"], a["text_cost_usd"], a["call_legs"], a["call_seconds"], a["call_minutes"], a["call_cost_usd"], a["number_fees_usd"], a["cost_usd"]));
        // What each text that arrived cost: 0.0095 over two delivered.
        Assert.Equal("0.00475", a["cost_per_delivered_text_usd"]);
        var b = csv.Rows[1];
        // NumberB's one outbound text failed: no delivered text to divide by, so no figure rather than a made-up one.
        Assert.Equal(("2", "0", "0.019", ""), (b["texts"], b["texts_delivered"], b["text_cost_usd"], b["cost_per_delivered_text_usd"]));
    }

    private static decimal Dollars(string cell) => decimal.Parse(cell, NumberStyles.Number, CultureInfo.InvariantCulture);
}
