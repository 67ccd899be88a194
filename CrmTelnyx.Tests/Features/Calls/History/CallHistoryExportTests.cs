using System.Globalization;
using System.Net;
using System.Security.Claims;
using System.Text;
using CrmTelnyx.Features.Calls.History;
using CrmTelnyx.Identity;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace CrmTelnyx.Tests.Features.Calls.History;

/// <summary><c>GET /calls/export</c>: the filtered call history as a spreadsheet-safe CSV, for Admins and Managers only.</summary>
public sealed class CallHistoryExportTests : IAsyncLifetime
{
    private readonly CrmAppFactory app = new();
    private CallHistorySeed seed = default!;

    public async Task InitializeAsync() => seed = await CallHistorySeed.AddAsync(app);

    public Task DisposeAsync()
    {
        app.Dispose();
        return Task.CompletedTask;
    }

    private static string[] Lines(string csv) => csv.TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();

    [Fact]
    public async Task A_manager_downloads_the_filtered_calls_with_company_times_and_formula_cells_neutralised()
    {
        var manager = await app.CreateBrowserLikeClient().SignedInAsync("meg@crm.test", "Meg-Passw0rd");
        var tenth = new DateOnly(2026, 2, 10);

        var response = await manager.GetAsync(new CallHistoryFilter(From: tenth, To: tenth).ExportLink);
        var csv = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("calls-", response.Content.Headers.ContentDisposition!.FileName!.Trim('"'));
        var lines = Lines(csv);
        Assert.Equal(string.Join(",", ExportCallHistory.Header), lines[0]);
        Assert.Equal(1 + 3, lines.Length);
        // Newest first: 23:30, 12:00, 10:00 on the 10th in Chicago (the first is the 11th in UTC).
        Assert.StartsWith($"{seed.CallIds[2]},2026-02-10T23:30:00-06:00,outbound,", lines[1]);
        Assert.StartsWith($"{seed.CallIds[5]},2026-02-10T12:00:00-06:00,inbound,", lines[2]);
        Assert.StartsWith($"{seed.CallIds[1]},2026-02-10T10:00:00-06:00,outbound,{seed.AdaId},Ada Lovelace,", lines[3]);
        Assert.Contains(",ann,", lines[3]);
        Assert.Contains(",ended,completed,normal_clearing,125,180,0.0105,yes,Interested,", lines[3]);
        // A contact named "=SUM(A1:A9)" and notes starting with "@" reach the spreadsheet as text, not as formulas.
        Assert.Contains("'=SUM(A1:A9) Mallory", lines[2]);
        Assert.EndsWith("'@SUM(1+1)\"", lines[2]);
        Assert.DoesNotContain(",=SUM", csv);
        Assert.DoesNotContain(",@SUM", csv);
    }

    [Fact]
    public async Task Agents_and_staff_may_not_export_calls()
    {
        var agent = await app.CreateBrowserLikeClient().SignedInAsync("ann@crm.test", "Ann-Passw0rd");
        var staff = await app.CreateBrowserLikeClient().SignedInAsync("sam@crm.test", "Sam-Passw0rd");
        var manager = await app.CreateBrowserLikeClient().SignedInAsync("meg@crm.test", "Meg-Passw0rd");

        Assert.Equal(HttpStatusCode.Forbidden, (await agent.GetAsync("/calls/export")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.GetAsync("/calls/export")).StatusCode);
        var allowed = await manager.GetAsync("/calls/export");
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        Assert.Equal(1 + 6, Lines(await allowed.Content.ReadAsStringAsync()).Length);
    }

    [Fact]
    public async Task Costs_are_written_with_a_dot_and_times_in_iso_whatever_the_server_s_culture()
    {
        var before = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("de-DE");
        try
        {
            await using var scope = app.Services.CreateAsyncScope();
            var body = new MemoryStream();
            var context = new DefaultHttpContext
            {
                RequestServices = scope.ServiceProvider,
                User = new ClaimsPrincipal(new ClaimsIdentity([new(ClaimTypes.NameIdentifier, seed.Meg), new(ClaimTypes.Role, AppRoles.Manager)], "test")),
            };
            context.Response.Body = body;

            await ExportCallHistory.Export(new CallHistoryFilter(Q: "lovelace"), scope.ServiceProvider.GetRequiredService<CallHistoryQuery>(), context, TimeProvider.System);

            var lines = Lines(Encoding.UTF8.GetString(body.ToArray()));
            Assert.Equal(1 + 3, lines.Length);
            var first = lines.Single(l => l.StartsWith($"{seed.CallIds[1]},"));
            Assert.Contains(",0.0105,", first);
            Assert.Contains(",2026-02-10T10:00:00-06:00,", first);
            Assert.Contains(",0.0010,", lines.Single(l => l.StartsWith($"{seed.CallIds[4]},")));
            Assert.DoesNotContain("0,0105", string.Join("\n", lines));
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = before;
        }
    }
}
