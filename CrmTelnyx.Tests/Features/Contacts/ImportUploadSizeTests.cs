using System.Net;
using CrmTelnyx.Features.Contacts.Import;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Tests.Features.Contacts;

/// <summary>
/// A body over the upload limit, sent over real HTTP to Kestrel (generated as it is sent, never held), gets 413 and the
/// limit in words, whether it declares its length or is streamed in chunks.
/// </summary>
public sealed class ImportUploadSizeTests : IDisposable
{
    private readonly CrmAppFactory app = new();

    public void Dispose() => app.Dispose();

    private async Task<HttpClient> SignedInOverKestrelAsync()
    {
        var client = app.StartKestrelWithClient();
        client.Timeout = TimeSpan.FromMinutes(2);
        return await client.SignedInAsync(CrmAppFactory.AdminEmail, CrmAppFactory.AdminPassword);
    }

    [Fact]
    public async Task A_declared_body_over_the_limit_gets_413_with_the_limit_in_words_before_it_is_sent()
    {
        var client = await SignedInOverKestrelAsync();
        var file = new StreamContent(new GeneratedStream("Phone\n", ContactFileLimits.MaxBytes + 1024 * 1024, (byte)'1', "\n"));
        // As a browser may: wait for the server's go-ahead before sending the body, so the refusal comes first.
        client.DefaultRequestHeaders.ExpectContinue = true;

        var response = await ContactImportFlow.UploadAsync(client, file, "huge.csv");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("The file is 101 MB, larger than 100 MB, the most one import takes. Split it into smaller files.", await response.Content.ReadAsStringAsync());
        Assert.Equal(0, await app.WithDbAsync(db => db.ContactImports.CountAsync()));
    }

    [Fact]
    public async Task A_chunked_body_that_runs_past_the_limit_gets_413_with_the_limit_in_words()
    {
        var client = await SignedInOverKestrelAsync();
        var file = new StreamContent(new GeneratedStream("Phone\n", ContactFileLimits.MaxBytes + 1024 * 1024, (byte)'1', "\n", knownLength: false));

        var response = await ContactImportFlow.UploadAsync(client, file, "huge.csv");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("The file is larger than 100 MB, the most one import takes. Split it into smaller files.", await response.Content.ReadAsStringAsync());
        Assert.Equal(0, await app.WithDbAsync(db => db.ContactImports.CountAsync()));
    }

    [Fact]
    public async Task A_post_without_the_pages_token_gets_400_in_words_and_one_without_a_file_is_sent_back_to_choose_one()
    {
        var client = await SignedInOverKestrelAsync();

        var forged = await client.PostAsync("/contacts/import", new FormUrlEncodedContent([new("file", "Phone\n212-555-0190\n")]));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Contains("Open the import page again", await forged.Content.ReadAsStringAsync());

        var token = (await (await client.GetAsync("/contacts/import")).ReadHtmlAsync())
            .QuerySelector("form[data-import-upload] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var noFile = await client.PostAsync("/contacts/import", new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } });
        Assert.Equal(HttpStatusCode.Redirect, noFile.StatusCode);
        var page = await (await client.GetAsync(noFile.Headers.Location!.OriginalString)).ReadHtmlAsync();
        Assert.Equal("Choose a CSV file to upload.", page.QuerySelector("[data-import-error]")!.TextContent.Trim());
        Assert.Equal(0, await app.WithDbAsync(db => db.ContactImports.CountAsync()));
    }
}
