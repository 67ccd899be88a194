using System.Net;
using System.Text;
using Bunit;
using CrmTelnyx.Features.Contacts;
using CrmTelnyx.Features.Contacts.Import;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CrmTelnyx.Tests.Features.Contacts;

public sealed class ContactImportTests : IDisposable
{
    private readonly CrmAppFactory app = new();

    public void Dispose() => app.Dispose();

    private Task<HttpClient> AdminAsync() => app.SignedInAdminAsync();

    [Fact]
    public async Task A_messy_file_imports_its_good_rows_and_reports_each_bad_line_with_its_reason()
    {
        var client = await AdminAsync();
        var csv = MessyCsv.Build(300, out var goodPhones);

        var id = await ContactImportFlow.UploadOkAsync(client, MessyCsv.WithBom(csv), "messy.csv");
        var mappingPage = await (await client.GetAsync($"/contacts/import/{id}")).ReadHtmlAsync();
        Assert.Equal("phone", mappingPage.QuerySelector("[data-column=Mobile]")!.GetAttribute("data-field"));
        Assert.Equal("first_name", mappingPage.QuerySelector("[data-column='First Name']")!.GetAttribute("data-field"));
        Assert.Equal("email", mappingPage.QuerySelector("[data-column=E-mail]")!.GetAttribute("data-field"));
        Assert.Equal(5, mappingPage.QuerySelectorAll("[data-import-preview] tbody tr").Length);

        var report = await ContactImportFlow.StartAndWaitAsync(app, client, id);

        Assert.Equal(300, report.Count("imported"));
        Assert.Equal(MessyCsv.BadRows.Length, report.Count("rejected"));
        await using (var components = new MudComponentContext(app))
        {
            var rejections = components.Render<ImportRejections>(p => p.Add(r => r.ImportId, id));
            rejections.WaitForAssertion(() =>
            {
                foreach (var (line, _, reason) in MessyCsv.BadRows) Assert.Contains(reason, RejectedRow(rejections, line));
            });
            Assert.Equal($"contacts/import/{id}/rejected.csv", rejections.Find("[data-rejected-download]").GetAttribute("href"));
        }
        var stored = await app.WithDbAsync(db => db.Contacts.Select(c => c.Phone).ToListAsync());
        Assert.Equal(goodPhones.Order(), stored.Order());
        var acme = await app.WithDbAsync(db => db.Contacts.Include(c => c.Tags).ThenInclude(t => t.Tag).FirstAsync(c => c.Phone == goodPhones[0]));
        Assert.Equal("Acme, Inc.", acme.Company);
        Assert.Equal("NY", acme.State);
        Assert.Equal(["chicago", "vip"], acme.Tags.Select(t => t.Tag.Name).Order());
        var twoLines = await app.WithDbAsync(db => db.Contacts.FirstAsync(c => c.Phone == goodPhones[17]));
        Assert.Equal("Two\nLines Ltd", twoLines.Company!.ReplaceLineEndings("\n"));

        var rejected = await client.GetStringAsync($"/contacts/import/{id}/rejected.csv");
        Assert.Contains("51,", rejected);
        Assert.Contains("Too short", rejected);
    }

    /// <summary>The text of the rejections grid's row for a line of the file.</summary>
    internal static string RejectedRow(IRenderedComponent<ImportRejections> grid, int line) =>
        grid.FindAll("[data-rejections] tbody tr").Single(tr => tr.QuerySelector($"[data-line='{line}']") is not null).TextContent;

    [Fact]
    public async Task A_semicolon_file_with_a_full_name_column_is_read_and_states_come_from_area_codes()
    {
        var client = await AdminAsync();
        var csv = "Name;Phone;State\n\"Ada Lovelace\";303 555 0101;\nGrace Hopper;(415) 555-0102;Texas\n";

        var id = await ContactImportFlow.UploadOkAsync(client, Encoding.UTF8.GetBytes(csv), "semi.csv");
        var report = await ContactImportFlow.StartAndWaitAsync(app, client, id);

        Assert.Equal(2, report.Count("imported"));
        var ada = await app.WithDbAsync(db => db.Contacts.SingleAsync(c => c.Phone == "+13035550101"));
        Assert.Equal(("Ada", "Lovelace", "CO"), (ada.FirstName, ada.LastName, ada.State));
        var grace = await app.WithDbAsync(db => db.Contacts.SingleAsync(c => c.Phone == "+14155550102"));
        Assert.Equal("TX", grace.State);
    }

    [Fact]
    public async Task Duplicates_are_skipped_or_updated_as_chosen_and_an_opt_out_survives_reimport()
    {
        var client = await AdminAsync();
        var first = "First Name,Phone,Consent\nOld,212-555-0111,no\nKeep,212-555-0112,yes\n";
        await ContactImportFlow.StartAndWaitAsync(app, client, await ContactImportFlow.UploadOkAsync(client, Encoding.UTF8.GetBytes(first)));

        var second = "First Name,Phone,Consent\nNew,212-555-0111,yes\nNewer,212-555-0112,yes\n";
        var skipped = await ContactImportFlow.StartAndWaitAsync(app, client, await ContactImportFlow.UploadOkAsync(client, Encoding.UTF8.GetBytes(second)));
        Assert.Equal(2, skipped.Count("skipped"));
        Assert.Equal("Old", (await app.WithDbAsync(db => db.Contacts.SingleAsync(c => c.Phone == "+12125550111"))).FirstName);

        var updated = await ContactImportFlow.StartAndWaitAsync(app, client, await ContactImportFlow.UploadOkAsync(client, Encoding.UTF8.GetBytes(second)), duplicates: DuplicateMode.Update);
        Assert.Equal(2, updated.Count("updated"));
        var optedOut = await app.WithDbAsync(db => db.Contacts.SingleAsync(c => c.Phone == "+12125550111"));
        Assert.Equal("New", optedOut.FirstName);
        Assert.Equal(ConsentStatus.OptedOut, optedOut.Consent);
    }

    [Fact]
    public async Task A_deleted_contact_that_opted_out_stays_opted_out_when_imported_again()
    {
        var client = await AdminAsync();
        await ContactImportFlow.StartAndWaitAsync(app, client,
            await ContactImportFlow.UploadOkAsync(client, Encoding.UTF8.GetBytes("Phone,Consent\n(617) 555-0120,stop\n")));
        await app.WithDbAsync(db => db.Contacts.ExecuteUpdateAsync(s => s.SetProperty(c => c.DeletedAt, DateTime.UtcNow)));

        await ContactImportFlow.StartAndWaitAsync(app, client,
            await ContactImportFlow.UploadOkAsync(client, Encoding.UTF8.GetBytes("Phone\n617.555.0120\n")), consent: true);

        var contact = await app.WithDbAsync(db => db.Contacts.Include(c => c.ConsentHistory).SingleAsync(c => c.DeletedAt == null));
        Assert.Equal(ConsentStatus.OptedOut, contact.Consent);
        Assert.Contains("stays opted out", contact.ConsentHistory.Single().Detail);
    }

    [Theory]
    [InlineData("contacts.xlsx", "PK\u0003\u0004binary", "not a CSV")]
    [InlineData("empty.csv", "", "empty")]
    [InlineData("header-only.csv", "First Name,Phone\n", "no contacts")]
    [InlineData("binary.csv", "a\0b\0c", "not text")]
    [InlineData("bad-quote.csv", "Name,Phone\nAda,212-555-0140\n\"Bob,212-555-0141\nCy,212-555-0142\n", "Line 3: a quote opens a field that is never closed")]
    public async Task A_file_that_is_not_a_usable_csv_is_refused_with_a_message(string fileName, string content, string message)
    {
        var client = await AdminAsync();

        var response = await ContactImportFlow.UploadAsync(client, Encoding.UTF8.GetBytes(content), fileName);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await (await client.GetAsync(response.Headers.Location!.OriginalString)).ReadHtmlAsync();
        Assert.Contains(message, page.QuerySelector("[data-import-error]")!.TextContent);
        Assert.Equal(0, await app.WithDbAsync(db => db.ContactImports.CountAsync()));
    }

    [Fact]
    public async Task An_upload_without_the_pages_antiforgery_token_is_refused()
    {
        var client = await AdminAsync();
        using var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(Encoding.UTF8.GetBytes("Phone\n212-555-0190\n")), "file", "forged.csv");

        var response = await client.PostAsync("/contacts/import", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, await app.WithDbAsync(db => db.ContactImports.CountAsync()));
    }

    [Fact]
    public async Task Starting_without_a_phone_column_is_refused_and_nothing_is_imported()
    {
        var client = await AdminAsync();
        var id = await ContactImportFlow.UploadOkAsync(client, Encoding.UTF8.GetBytes("Name,Phone\nA,212-555-0130\n"));

        var start = await ContactImportFlow.StartAsync(app, id, mapping: new() { [1] = "" });

        Assert.Equal(StartImport.Outcome.Refused, start.Outcome);
        Assert.Contains("Choose which column holds the phone number", start.Problem);
        var page = await (await client.GetAsync($"/contacts/import/{id}")).ReadHtmlAsync();
        Assert.NotNull(page.QuerySelector("[data-import-mapping]"));
        Assert.Equal(0, await app.WithDbAsync(db => db.Contacts.CountAsync()));
    }

    [Fact]
    public async Task Two_columns_mapped_to_the_same_field_are_refused_in_words()
    {
        var client = await AdminAsync();
        var id = await ContactImportFlow.UploadOkAsync(client, Encoding.UTF8.GetBytes("Mobile,Phone 2\n212-555-0131,212-555-0132\n"));

        var start = await ContactImportFlow.StartAsync(app, id, mapping: new() { [1] = "phone" });

        Assert.Equal((StartImport.Outcome.Refused, "Two columns are imported as Phone: choose one."), (start.Outcome, start.Problem));
    }

    [Fact]
    public async Task An_import_starts_once_however_often_start_is_pressed()
    {
        var client = await AdminAsync();
        var id = await ContactImportFlow.UploadOkAsync(client, Encoding.UTF8.GetBytes("Phone\n212-555-0133\n"));

        var first = ContactImportFlow.StartAsync(app, id);
        var second = ContactImportFlow.StartAsync(app, id);
        var outcomes = (await Task.WhenAll(first, second)).Select(r => r.Outcome).Order().ToList();

        Assert.Equal([StartImport.Outcome.Started, StartImport.Outcome.AlreadyStarted], outcomes);
        await ContactImportFlow.WaitUntilFinishedAsync(app, id);
        Assert.Equal(1, await app.WithDbAsync(db => db.Contacts.CountAsync()));
    }

    [Fact]
    public async Task The_preview_rejects_a_row_with_the_reason_the_import_records_for_it()
    {
        var client = await AdminAsync();
        var csv = "First Name,Phone,E-mail,State\nAda,212-555-0160,ada@example.com,\nBad,555-01,,\nCy,212-555-0162,not-mail,\nDi,212-555-0163,,Narnia\n";
        var id = await ContactImportFlow.UploadOkAsync(client, Encoding.UTF8.GetBytes(csv));
        var mapping = await app.WithDbAsync(db => db.ContactImports.Where(i => i.Id == id).Select(i => i.Mapping).SingleAsync());

        IReadOnlyList<ImportRows.Row> preview;
        await using (var scope = app.Services.CreateAsyncScope())
            preview = await scope.ServiceProvider.GetRequiredService<PreviewImport>().PreviewAsync(id, mapping);
        await ContactImportFlow.StartAndWaitAsync(app, client, id);

        var recorded = await app.WithDbAsync(db => db.ImportRejections.Where(r => r.ImportId == id).OrderBy(r => r.LineNumber)
            .Select(r => new { r.LineNumber, r.Reason, r.RawRow }).ToListAsync());
        Assert.Equal(recorded.Select(r => (r.LineNumber, r.Reason, r.RawRow.TrimEnd())),
            preview.Where(r => r.Draft is null).Select(r => (r.Line, r.Error!, r.Raw.TrimEnd())));
        Assert.Equal(3, recorded.Count);
        Assert.Equal("Ada", preview.Single(r => r.Line == 2).Draft!.FirstName);
    }

    [Fact]
    public async Task The_preview_follows_the_mapping_and_is_empty_once_the_import_has_started()
    {
        var client = await AdminAsync();
        var id = await ContactImportFlow.UploadOkAsync(client, Encoding.UTF8.GetBytes("Phone,E-mail\n212-555-0170,not-mail\n"));

        await using var scope = app.Services.CreateAsyncScope();
        var preview = scope.ServiceProvider.GetRequiredService<PreviewImport>();
        Assert.Contains("is not an email address", (await preview.PreviewAsync(id, ["phone", "email"])).Single().Error);
        Assert.NotNull((await preview.PreviewAsync(id, ["phone", ""])).Single().Draft);
        Assert.Equal("No column is imported as Phone.", (await preview.PreviewAsync(id, ["", ""])).Single().Error);

        await ContactImportFlow.StartAndWaitAsync(app, client, id, mapping: new() { [1] = "" });
        Assert.Empty(await preview.PreviewAsync(id, ["phone", ""]));
    }

    [Fact]
    public void The_size_limit_is_said_in_megabytes_with_or_without_the_files_own_size()
    {
        Assert.Equal("The file is 150 MB, larger than 100 MB, the most one import takes. Split it into smaller files.", ContactFileLimits.TooBig(150L * 1024 * 1024));
        Assert.Equal("The file is 100.5 MB, larger than 100 MB, the most one import takes. Split it into smaller files.", ContactFileLimits.TooBig(ContactFileLimits.MaxBytes + 512 * 1024));
        Assert.Equal("The file is larger than 100 MB, the most one import takes. Split it into smaller files.", ContactFileLimits.TooBig(null));
    }

    [Fact]
    public async Task A_file_exported_from_the_app_imports_back_without_rejections()
    {
        var client = await AdminAsync();
        var original = "First Name,Last Name,Phone,Company,Consent\nAda,Lovelace,(212) 555-0150,=cmd,yes\nBob,Stone,(303) 555-0151,Acme,no\n";
        await ContactImportFlow.StartAndWaitAsync(app, client, await ContactImportFlow.UploadOkAsync(client, Encoding.UTF8.GetBytes(original)));

        var exported = await (await client.GetAsync("/contacts/export")).Content.ReadAsByteArrayAsync();
        var report = await ContactImportFlow.StartAndWaitAsync(app, client, await ContactImportFlow.UploadOkAsync(client, exported, "export.csv"), duplicates: DuplicateMode.Update);

        Assert.Equal(0, report.Count("rejected"));
        Assert.Equal(2, report.Count("updated"));
        var ada = await app.WithDbAsync(db => db.Contacts.SingleAsync(c => c.Phone == "+12125550150"));
        Assert.Equal(("=cmd", ConsentStatus.OptedIn), (ada.Company, ada.Consent));
        Assert.Equal(ConsentStatus.OptedOut, (await app.WithDbAsync(db => db.Contacts.SingleAsync(c => c.Phone == "+13035550151"))).Consent);
    }
}
