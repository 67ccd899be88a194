using System.Text;
using Bunit;
using CrmTelnyx.Features.Contacts.Import;
using CrmTelnyx.Identity;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace CrmTelnyx.Tests.Features.Contacts;

/// <summary>The import page rendered as on a circuit, over the real app (its database, use cases, import worker and live feed).</summary>
public sealed class ImportPageTests : IAsyncLifetime
{
    private readonly CrmAppFactory app = new();
    private MudComponentContext components = default!;

    private const string Csv = "First Name,Mobile,E-mail\nAda,(212) 555-0180,ada@example.com\nBad,CALL-ME,bad@example.com\nCy,(212) 555-0182,not-mail\n";

    public Task InitializeAsync()
    {
        components = new MudComponentContext(app);
        var auth = components.Bunit.AddAuthorization();
        auth.SetAuthorized(CrmAppFactory.AdminEmail);
        auth.SetRoles(AppRoles.Admin);
        components.Render<MudPopoverProvider>();
        return Task.CompletedTask;
    }

    private async Task<Guid> UploadAsync(string csv)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<UploadContactsCsv>()
            .UploadAsync(new MemoryStream(Encoding.UTF8.GetBytes(csv)), "page.csv", CrmAppFactory.AdminEmail);
        return result.ImportId!.Value;
    }

    private IRenderedComponent<ImportPage> RenderPage(Guid id) => components.Render<ImportPage>(p => p.Add(x => x.Id, id));

    private static string Result(IRenderedComponent<ImportPage> page, int line) =>
        page.FindAll("[data-import-preview] tbody tr").Single(tr => tr.QuerySelector($"[data-line='{line}']") is not null)
            .QuerySelector("[data-row-result]")!.TextContent;

    [Fact]
    public async Task The_mapping_step_shows_the_guesses_and_the_preview_follows_a_changed_column()
    {
        var page = RenderPage(await UploadAsync(Csv));

        Assert.Equal(["first_name", "phone", "email"], page.FindAll("[data-column]").Select(c => c.GetAttribute("data-field")!));
        Assert.Equal("Phone", page.FindComponents<MudSelect<string>>()[1].Find("input").GetAttribute("value"));
        Assert.Equal("OK", Result(page, 2));
        Assert.Contains("Contains letters", Result(page, 3));
        Assert.Contains("'not-mail' is not an email address", Result(page, 4));
        Assert.Contains("Import 3 rows", page.Find("[data-import-start]").TextContent);

        var email = page.FindComponents<MudSelect<string>>().Single(s => s.Instance.Label == "E-mail");
        await page.InvokeAsync(() => email.Instance.ValueChanged.InvokeAsync(ContactField.Ignore));

        page.WaitForAssertion(() => Assert.Equal("OK", Result(page, 4)));
        Assert.Equal("", page.Find("[data-column='E-mail']").GetAttribute("data-field"));
    }

    [Fact]
    public async Task Starting_without_a_phone_column_says_so_and_stays_on_the_mapping_step()
    {
        var page = RenderPage(await UploadAsync(Csv));

        var phone = page.FindComponents<MudSelect<string>>().Single(s => s.Instance.Label == "Mobile");
        await page.InvokeAsync(() => phone.Instance.ValueChanged.InvokeAsync(ContactField.Ignore));
        page.WaitForAssertion(() => Assert.Contains("Choose which column holds the phone number", page.Find("[data-mapping-warning]").TextContent));
        page.Find("[data-import-start]").Click();

        page.WaitForAssertion(() => Assert.Contains("Choose which column holds the phone number", page.Find("[data-import-error]").TextContent));
        Assert.NotNull(page.Find("[data-import-mapping]"));
        Assert.Equal(0, await app.WithDbAsync(db => db.Contacts.CountAsync()));
    }

    [Fact]
    public async Task A_started_import_shows_progress_reaching_100_percent_from_the_live_feed_then_its_report_and_rejected_rows()
    {
        var rows = new StringBuilder("Phone,Name\n");
        // More than one batch, so progress is published more than once; a bad row in each batch.
        for (var i = 0; i < 4500; i++) rows.Append(i % 2000 == 7 ? "555-01" : $"(303) 55{i / 10000 % 10}-{i % 10000:D4}").Append($",Person {i}\n");
        var page = RenderPage(await UploadAsync(rows.ToString()));

        page.Find("[data-import-start]").Click();

        page.WaitForAssertion(() => Assert.Equal("100", page.Find("[data-percent]").GetAttribute("data-percent")), TimeSpan.FromSeconds(60));
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-import-report]")), TimeSpan.FromSeconds(10));
        Assert.Equal("4,497", page.Find("[data-count=imported]").TextContent.Trim());
        Assert.Equal("3", page.Find("[data-count=rejected]").TextContent.Trim());
        Assert.Equal("completed", page.Find("[data-import-status]").GetAttribute("data-import-status"));
        page.WaitForAssertion(() => Assert.Equal(3, page.FindAll("[data-rejections] tbody tr [data-line]").Count));
        Assert.Equal(["9", "2009", "4009"], page.FindAll("[data-rejections] [data-line]").Select(l => l.TextContent));
        Assert.Contains("Too short", page.Find("[data-rejections] tbody tr").TextContent);
    }

    public Task DisposeAsync() => components.DisposeAsync().AsTask().ContinueWith(_ => app.Dispose());
}
