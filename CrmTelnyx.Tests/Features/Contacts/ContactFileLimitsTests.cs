using System.Net;
using System.Text;
using CrmTelnyx.Features.Contacts;
using CrmTelnyx.Features.Contacts.Import;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CrmTelnyx.Tests.Features.Contacts;

/// <summary>Files with a huge cell, huge rows or thousands of columns are refused at upload in words, naming the limit.</summary>
public sealed class ContactFileLimitsTests : IDisposable
{
    private readonly CrmAppFactory app = new();

    public void Dispose() => app.Dispose();

    /// <summary>Uploads through the page's form and returns the words the upload page shows, after checking nothing was kept.</summary>
    private async Task<string> RefusedAsync(HttpContent file, string fileName = "contacts.csv")
    {
        var client = await app.SignedInAdminAsync();
        var response = await ContactImportFlow.UploadAsync(client, file, fileName);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/contacts/import?error=", response.Headers.Location!.OriginalString);
        Assert.Equal(0, await app.WithDbAsync(db => db.ContactImports.CountAsync()));
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(app.DataDirectory, "imports")));
        var page = await (await client.GetAsync(response.Headers.Location!.OriginalString)).ReadHtmlAsync();
        return page.QuerySelector("[data-import-error]")!.TextContent.Trim();
    }

    private static HttpContent Text(string csv) => new ByteArrayContent(Encoding.UTF8.GetBytes(csv));

    private static string Columns(int count, Func<int, string> cell) => string.Join(",", Enumerable.Range(1, count).Select(cell));

    [Fact]
    public async Task A_file_with_a_50_MB_cell_is_refused_at_upload_naming_its_line_its_size_and_the_limit()
    {
        // Sent as it is made: the test never holds the 50 MB either.
        var file = new StreamContent(new GeneratedStream("First Name,Phone,Notes\nAda,212-555-0101,short\nBob,212-555-0102,\"", 50L * 1024 * 1024, (byte)'x', "\"\nCy,212-555-0103,\n"));

        Assert.Equal("Line 3 has a field of 52,428,800 characters; the most a contact file may hold in one field is 65,536.", await RefusedAsync(file));
    }

    [Fact]
    public async Task A_file_with_10000_columns_is_refused_at_upload_before_any_mapping_is_shown()
    {
        var csv = Columns(10_000, i => $"Column {i}") + "\n" + Columns(10_000, i => i == 1 ? "212-555-0104" : "") + "\n";

        Assert.Equal("The file has 10,000 columns; at most 200 are supported.", await RefusedAsync(Text(csv)));
    }

    [Fact]
    public async Task A_row_with_thousands_of_columns_under_a_normal_header_is_refused_with_its_line()
    {
        var csv = "Name,Phone\nAda,212-555-0105\n" + "Bob,212-555-0106\n" + Columns(5_000, i => "x") + "\n";

        Assert.Equal("Line 4 has 5,000 columns; at most 200 are supported.", await RefusedAsync(Text(csv)));
    }

    [Fact]
    public async Task A_row_of_many_large_cells_is_refused_by_its_length()
    {
        var big = new string('n', 60_000);
        var csv = "Phone," + Columns(20, i => $"Note {i}") + "\n212-555-0107," + Columns(20, _ => big) + "\n";

        Assert.Equal("Line 2 has 1,200,032 characters; the most a contact file may hold in one row is 1,048,576.", await RefusedAsync(Text(csv)));
    }

    [Fact]
    public async Task A_header_with_a_huge_column_name_is_refused_naming_the_column()
    {
        var csv = "Phone,\"" + new string('h', 300_000) + "\"\n212-555-0108,x\n";

        Assert.Equal("The name of column 2 in the header row has 300,000 characters; a column name may have at most 1,000.", await RefusedAsync(Text(csv)));
    }

    [Fact]
    public async Task A_file_at_every_limit_is_accepted_and_its_preview_cuts_long_cells_with_an_ellipsis()
    {
        var client = await app.SignedInAdminAsync();
        // The largest cell a file may hold sits in a column that is not imported; Notes is at its own field limit.
        var largest = new string('x', ContactFileLimits.MaxFieldCharacters);
        var note = new string('n', ContactFieldLimits.Notes);
        var headers = "Phone,Notes,E-mail," + Columns(ContactFileLimits.MaxColumns - 3, i => $"Extra {i}");
        var csv = new StringBuilder(headers).Append('\n')
            .Append("212-555-0109,").Append(note).Append(",ok@example.com,").Append(largest).Append(',', ContactFileLimits.MaxColumns - 4).Append('\n')
            .Append("not-a-phone,").Append(note).Append(',').Append(new string('e', 5_000)).Append(',').Append(largest).Append(',', ContactFileLimits.MaxColumns - 4).Append('\n');

        var id = await ContactImportFlow.UploadOkAsync(client, Encoding.UTF8.GetBytes(csv.ToString()));

        await using var scope = app.Services.CreateAsyncScope();
        var mapping = await app.WithDbAsync(db => db.ContactImports.Where(i => i.Id == id).Select(i => i.Mapping).SingleAsync());
        Assert.Equal(ContactFileLimits.MaxColumns, mapping.Count);
        var preview = await scope.ServiceProvider.GetRequiredService<PreviewImport>().PreviewAsync(id, mapping);
        var good = preview.Single(r => r.Line == 2).Draft!;
        Assert.Equal(PreviewImport.CellCharacters, good.Notes!.Length);
        Assert.EndsWith("n…", good.Notes);
        var rejected = preview.Single(r => r.Line == 3);
        Assert.Equal(PreviewImport.RowCharacters, rejected.Raw.Length);
        Assert.EndsWith("…", rejected.Raw);
        Assert.True(rejected.Error!.Length <= PreviewImport.RowCharacters);
    }

    [Theory]
    [InlineData("Phone,Notes\n212-555-0110,\"a,b\r\nc \"\"quoted\"\" d\"\n", null)]
    [InlineData("Phone;Notes\r\n212-555-0111;\"x;y\"\r\n\r\n212-555-0112;z\r\n", null)]
    [InlineData("Phone,Notes\n212-555-0113,\"never closed\n212-555-0114,x\n", "Line 2: a quote opens a field that is never closed")]
    public void Quotes_separators_and_line_breaks_are_followed_as_the_reader_follows_them(string csv, string? problem)
    {
        var path = Path.Combine(app.DataDirectory, $"{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, csv);
        var separator = csv.Contains(';') ? ';' : ',';

        var found = CsvLimitCheck.FirstProblem(path, separator);

        if (problem is null) Assert.Null(found);
        else Assert.StartsWith(problem, found);
    }

    [Fact]
    public void A_quoted_cell_over_the_limit_is_counted_without_its_quotes_and_with_its_line_breaks_and_escaped_quotes()
    {
        var path = Path.Combine(app.DataDirectory, "quoted.csv");
        var cell = "a\r\n\"\"" + new string('x', ContactFileLimits.MaxFieldCharacters);
        File.WriteAllText(path, $"Phone,Notes\r\n212-555-0115,ok\r\n212-555-0116,\"{cell}\"\r\n");

        Assert.Equal(ContactFileLimits.FieldTooLong(3, ContactFileLimits.MaxFieldCharacters + 4), CsvLimitCheck.FirstProblem(path, ','));
    }
}
