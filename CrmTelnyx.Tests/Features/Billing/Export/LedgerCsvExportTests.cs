using System.Globalization;
using System.Net;
using System.Text;
using CrmTelnyx.Features.Billing.Export;
using CrmTelnyx.Features.Billing.Ledger;
using CrmTelnyx.Features.Billing.Tab;
using CrmTelnyx.Features.Contacts;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CrmTelnyx.Tests.Features.Billing.Export;

/// <summary><c>GET /billing/export/ledger.csv</c>: the ledger's lines over the tab's filter, adding up to its totals, safe to open in Excel.</summary>
public sealed class LedgerCsvExportTests : IAsyncLifetime
{
    private readonly CrmAppFactory app = new();
    private BillingExportSeed seed = default!;

    public async Task InitializeAsync() => seed = await BillingExportSeed.AddAsync(app);

    public Task DisposeAsync()
    {
        app.Dispose();
        return Task.CompletedTask;
    }

    private static BillingFilter November => new(BillingPeriod.Days(BillingExportSeed.November1, BillingExportSeed.November30, BillingExportSeed.Chicago));

    private Task<HttpClient> ManagerAsync() => app.CreateBrowserLikeClient().SignedInAsync("meg@crm.test", "Meg-Passw0rd");

    private async Task<BillingQuery.View> TabAsync(BillingFilter filter)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<BillingQuery>().ReadAsync(filter);
    }

    private static decimal Sum(ExportedCsv csv, string column) => csv.Rows.Sum(r => decimal.Parse(r[column], NumberStyles.Number, CultureInfo.InvariantCulture));

    [Fact]
    public async Task The_lines_of_a_month_add_up_to_the_tab_s_totals_with_corrections_as_lines_of_their_own()
    {
        var csv = await ExportedCsv.GetAsync(await ManagerAsync(), BillingExports.LedgerLink(November));
        var tab = await TabAsync(November);

        Assert.Equal(LedgerCsvExport.Header, csv.Header);
        // Nine entries are November's in Chicago; the two just outside it in Chicago are not.
        Assert.Equal(9, csv.Rows.Count);
        Assert.DoesNotContain(csv.Rows, r => r["source"] is "text:october" or "text:december");
        Assert.Equal(tab.All, Sum(csv, "amount_usd"));
        Assert.Equal(1.0595m, tab.All);
        Assert.Equal(tab.Texts.Cost, csv.Rows.Where(r => r["type"] is "sms" or "mms").Sum(r => decimal.Parse(r["amount_usd"], CultureInfo.InvariantCulture)));
        Assert.Equal(tab.Calls.Cost, csv.Rows.Where(r => r["type"] == "call").Sum(r => decimal.Parse(r["amount_usd"], CultureInfo.InvariantCulture)));
        Assert.Equal(tab.Calls.Quantity, csv.Rows.Where(r => r["type"] == "call").Sum(r => long.Parse(r["quantity"], CultureInfo.InvariantCulture)));
        Assert.Equal(tab.Texts.Count + tab.Calls.Count, csv.Rows.Count(r => r["type"] is "sms" or "mms" or "call" && r["correction"] == ""));

        // Oldest first, in the company's time: the fee at 06:00 on Nov 1, the inbound text at 21:00 on Nov 30.
        Assert.Equal(("2026-11-01T06:00:00-06:00", "2026-11-01", "number_monthly", "", "fee"), Cells(csv.Rows[0], "occurred_at", "date", "type", "direction", "unit"));
        Assert.Equal(("2026-11-30T21:00:00-06:00", "2026-11-30", "sms", "inbound", "segments"), Cells(csv.Rows[^1], "occurred_at", "date", "type", "direction", "unit"));
        var text = csv.Rows.Single(r => r["source"] == "text:m1" && r["correction"] == "");
        Assert.Equal((seed.AdaId.ToString(CultureInfo.InvariantCulture), "Ada Lovelace", seed.BlastId.ToString(CultureInfo.InvariantCulture), "2", "0.008", "m1"),
            (text["contact_id"], text["contact"], text["blast_id"], text["quantity"], text["amount_usd"], text["telnyx_record_id"]));
        var correction = csv.Rows.Single(r => r["source"] == "text:m1" && r["correction"] == "yes");
        Assert.Equal(("-1", "-0.0025"), (correction["quantity"], correction["amount_usd"]));
        Assert.Equal("", csv.Rows.Single(r => r["source"] == "text:m4")["company_number"]);
    }

    private static (string, string, string, string, string) Cells(IReadOnlyDictionary<string, string> row, string a, string b, string c, string d, string e) =>
        (row[a], row[b], row[c], row[d], row[e]);

    [Fact]
    public async Task Negative_corrections_stay_numbers_while_names_people_typed_reach_Excel_as_text()
    {
        var csv = await ExportedCsv.GetAsync(await ManagerAsync(), BillingExports.LedgerLink(November));

        // What Excel reads: the raw cells. A number written as a value is never escaped, even with its minus sign...
        var correctionLine = csv.Lines.Single(l => l.Contains(",text:m1") && l.Contains(",yes,"));
        Assert.Contains(",-1,segments,-0.0025,yes,", correctionLine);
        Assert.DoesNotContain("'-", correctionLine);
        // ...while text that starts like a formula gets the apostrophe that makes it text (a minus too: "-2+3" would be 1).
        Assert.Contains(",\"'-2+3\",", csv.Text);
        Assert.Contains(",\"'@SUM(1+1) Mallory\",", csv.Text);
        Assert.Contains(",\"'+Spring sale\",", csv.Text);
        Assert.Contains(",\"'=HYPERLINK(\"\"http://x.test\"\",\"\"pay\"\")\",", csv.Text);
        Assert.DoesNotContain(",=HYPERLINK", csv.Text);
        Assert.DoesNotContain(",@SUM", csv.Text);
        Assert.DoesNotContain(",-2+3", csv.Text);
        Assert.Equal("'" + BillingExportSeed.FormulaAgent, csv.Rows.First(r => r["type"] == "call")["agent"]);
    }

    [Fact]
    public async Task The_filter_narrows_the_lines_as_it_narrows_the_tab()
    {
        var manager = await ManagerAsync();
        var filters = new[]
        {
            November with { CompanyNumber = BillingExportSeed.NumberB },
            November with { Type = BillingType.Calls },
            November with { Type = BillingType.Numbers },
            November with { Direction = LedgerDirection.Inbound },
            November with { AgentUserId = seed.Agent },
            November with { BlastId = seed.BlastId },
            new BillingFilter(BillingPeriod.Days(new DateOnly(2026, 11, 10), new DateOnly(2026, 11, 10), BillingExportSeed.Chicago)),
        };
        var expected = new[] { 2, 2, 1, 1, 2, 2, 2 };

        for (var i = 0; i < filters.Length; i++)
        {
            var csv = await ExportedCsv.GetAsync(manager, BillingExports.LedgerLink(filters[i]));
            var tab = await TabAsync(filters[i]);
            Assert.True(expected[i] == csv.Rows.Count, $"{filters[i].ToQueryString()}: {csv.Rows.Count} lines");
            Assert.Equal(tab.All, Sum(csv, "amount_usd"));
        }
        var numberB = await ExportedCsv.GetAsync(manager, BillingExports.LedgerLink(filters[0]));
        Assert.All(numberB.Rows, r => Assert.Equal("'" + BillingExportSeed.NumberB, r["company_number"]));
    }

    [Fact]
    public async Task Amounts_have_a_dot_and_times_are_iso_under_a_comma_culture()
    {
        var before = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("de-DE");
        try
        {
            var csv = await ExportedCsv.GetAsync(await ManagerAsync(), BillingExports.LedgerLink(November));
            Assert.Contains(csv.Rows, r => r["amount_usd"] == "0.015");
            Assert.Contains(csv.Rows, r => r["amount_usd"] == "-0.0025");
            Assert.DoesNotContain("0,015", csv.Text);
            Assert.All(csv.Rows, r => Assert.Matches(@"^2026-11-\d\dT\d\d:\d\d:\d\d-06:00$", r["occurred_at"]));

            // The same in-process, where the culture surely is the request's: straight through the writer.
            var line = await app.WithDbAsync(async db =>
            {
                db.LedgerEntries.Add(new LedgerEntry
                {
                    Source = "call-leg:x", OccurredAt = new DateTime(2026, 11, 10, 15, 0, 0, DateTimeKind.Utc), Type = LedgerEntryType.Call,
                    Direction = LedgerDirection.Outbound, CompanyNumber = "+13125550141", State = "IL", Quantity = 1234, AmountMicros = -1_234_567, IsCorrection = true,
                });
                await db.SaveChangesAsync();
                await using var body = new MemoryStream();
                await using (var writer = ExcelSafeCsv.Create(body))
                    await LedgerCsvExport.WriteAsync(writer, db, November, LedgerNames.None, default);
                return ExportedCsv.Parse(body.ToArray()).Rows.Single(r => r["source"] == "call-leg:x");
            });
            Assert.Equal(("1234", "-1.234567", "2026-11-10T09:00:00-06:00"), (line["quantity"], line["amount_usd"], line["occurred_at"]));
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = before;
        }
    }

    [Theory]
    [InlineData("?from=2026-11-01", "'to' must be a date like 2026-12-31.")]
    [InlineData("?from=11/01/2026&to=2026-11-30", "'from' must be a date like 2026-12-01.")]
    [InlineData("?from=2026-11-30&to=2026-11-01", "'to' must not be before 'from'.")]
    [InlineData("?from=2026-11-01&to=2026-11-30&type=fax", "'type' must be one of Sms, Mms, Calls, Numbers.")]
    [InlineData("?from=2026-11-01&to=2026-11-30&state=Texas", "'state' must be a two-letter state like TX.")]
    public async Task A_link_that_cannot_be_read_is_a_400_in_words_and_nothing_is_downloaded(string query, string error)
    {
        var manager = await ManagerAsync();
        foreach (var path in new[] { BillingExports.LedgerPath, BillingExports.NumbersPath })
        {
            var response = await manager.GetAsync(path + query);
            var body = await response.Content.ReadAsStringAsync();

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
            Assert.Equal(error, System.Text.Json.JsonDocument.Parse(body).RootElement.GetProperty("detail").GetString());
            Assert.Null(response.Content.Headers.ContentDisposition);
        }
    }

    [Fact]
    public async Task Only_managers_and_admins_may_export_billing()
    {
        var agent = await app.CreateBrowserLikeClient().SignedInAsync("ann@crm.test", "Ann-Passw0rd");
        var staff = await app.CreateBrowserLikeClient().SignedInAsync("sam@crm.test", "Sam-Passw0rd");
        var admin = await app.SignedInAdminAsync();
        var anonymous = app.CreateBrowserLikeClient();
        var link = BillingExports.LedgerLink(November);

        Assert.Equal(HttpStatusCode.Forbidden, (await agent.GetAsync(link)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.GetAsync(BillingExports.NumbersLink(November))).StatusCode);
        var toSignIn = await anonymous.GetAsync(link);
        Assert.Equal(HttpStatusCode.Redirect, toSignIn.StatusCode);
        Assert.Contains("/account/login", toSignIn.Headers.Location!.ToString());
        Assert.Equal(9, (await ExportedCsv.GetAsync(admin, link)).Rows.Count);
    }

    [Fact]
    public async Task The_download_is_named_for_its_period_and_starts_with_a_byte_order_mark_for_Excel()
    {
        var response = await (await ManagerAsync()).GetAsync(BillingExports.LedgerLink(November));
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal("ledger-20261101-20261130.csv", response.Content.Headers.ContentDisposition!.FileName!.Trim('"'));
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
    }
}
