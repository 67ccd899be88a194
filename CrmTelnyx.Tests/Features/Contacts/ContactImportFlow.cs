using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Dom;
using CrmTelnyx.Features.Contacts.Import;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CrmTelnyx.Tests.Features.Contacts;

/// <summary>
/// Drives an import as the pages do: the upload page's form posted to the upload endpoint, then the mapping step's
/// <see cref="StartImport"/> with the proposed mapping (or changes to it), then the finished page's report.
/// </summary>
public static class ContactImportFlow
{
    public static Task<HttpResponseMessage> UploadAsync(HttpClient client, byte[] content, string fileName) =>
        UploadAsync(client, new ByteArrayContent(content), fileName);

    /// <summary>Posts the upload page's form with its token and the file (a <see cref="StreamContent"/> is sent as it is read).</summary>
    public static async Task<HttpResponseMessage> UploadAsync(HttpClient client, HttpContent file, string fileName)
    {
        var page = await (await client.GetAsync("/contacts/import")).ReadHtmlAsync();
        var token = page.QuerySelector("form[data-import-upload] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(token), "__RequestVerificationToken");
        file.Headers.ContentType = MediaTypeHeaderValue.Parse("text/csv");
        form.Add(file, "file", fileName);
        return await client.PostAsync("/contacts/import", form);
    }

    public static async Task<Guid> UploadOkAsync(HttpClient client, byte[] content, string fileName = "contacts.csv")
    {
        var response = await UploadAsync(client, content, fileName);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.StartsWith("/contacts/import/", location);
        return Guid.Parse(location.Split('/')[^1]);
    }

    /// <summary>Starts with the proposed mapping (changed by <paramref name="mapping"/>), waits, and reads the finished page.</summary>
    public static async Task<IDocument> StartAndWaitAsync(CrmAppFactory app, HttpClient client, Guid id, DuplicateMode duplicates = DuplicateMode.Skip,
        bool consent = false, Dictionary<int, string>? mapping = null)
    {
        var start = await StartAsync(app, id, duplicates, consent, mapping);
        Assert.Equal(StartImport.Outcome.Started, start.Outcome);
        await WaitUntilFinishedAsync(app, id);
        return await (await client.GetAsync($"/contacts/import/{id}")).ReadHtmlAsync();
    }

    public static async Task<StartImport.Result> StartAsync(CrmAppFactory app, Guid id, DuplicateMode duplicates = DuplicateMode.Skip,
        bool consent = false, Dictionary<int, string>? mapping = null)
    {
        var proposed = await app.WithDbAsync(db => db.ContactImports.Where(i => i.Id == id).Select(i => i.Mapping).SingleAsync());
        foreach (var (column, field) in mapping ?? []) proposed[column] = field;
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<StartImport>()
            .StartAsync(id, new ImportChoices { Mapping = proposed, Duplicates = duplicates, Consent = consent });
    }

    public static async Task WaitUntilFinishedAsync(CrmAppFactory app, Guid id)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            var status = await app.WithDbAsync(db => db.ContactImports.Where(i => i.Id == id).Select(i => i.Status).SingleAsync());
            if (status is ImportStatus.Completed or ImportStatus.Failed) return;
            await Task.Delay(100);
        }
    }

    /// <summary>A count in the finished page's report (prerendered, so a plain GET shows it).</summary>
    public static int Count(this IDocument report, string what) =>
        int.Parse(report.QuerySelector($"[data-import-report] [data-count={what}]")!.TextContent.Trim(), NumberStyles.AllowThousands, CultureInfo.CurrentCulture);
}
