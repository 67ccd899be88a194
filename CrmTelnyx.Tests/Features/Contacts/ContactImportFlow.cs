using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Dom;
using CrmTelnyx.Data;
using CrmTelnyx.Features.Contacts.Import;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Tests.Features.Contacts;

/// <summary>Drives an import through HTTP as the pages do: upload, read the mapping form, start, wait for the report.</summary>
public static class ContactImportFlow
{
    public static async Task<HttpResponseMessage> UploadAsync(HttpClient client, byte[] content, string fileName)
    {
        var page = await (await client.GetAsync("/contacts/import")).ReadHtmlAsync();
        var token = page.QuerySelector("form[data-import-upload] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(token), "__RequestVerificationToken");
        var file = new ByteArrayContent(content);
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

    /// <summary>Submits the mapping form as proposed (or with <paramref name="mapping"/>), then waits until the import is done.</summary>
    public static async Task<IDocument> StartAndWaitAsync(CrmAppFactory app, HttpClient client, Guid id, string duplicates = "skip",
        bool consent = false, Dictionary<int, string>? mapping = null)
    {
        var start = await StartAsync(client, id, duplicates, consent, mapping);
        Assert.Equal(HttpStatusCode.Redirect, start.StatusCode);

        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            var status = await app.WithDbAsync(db => db.ContactImports.Where(i => i.Id == id).Select(i => i.Status).SingleAsync());
            if (status is ImportStatus.Completed or ImportStatus.Failed) break;
            await Task.Delay(100);
        }
        return await (await client.GetAsync($"/contacts/import/{id}")).ReadHtmlAsync();
    }

    public static async Task<HttpResponseMessage> StartAsync(HttpClient client, Guid id, string duplicates = "skip",
        bool consent = false, Dictionary<int, string>? mapping = null)
    {
        var page = await (await client.GetAsync($"/contacts/import/{id}")).ReadHtmlAsync();
        var form = page.QuerySelector("form[data-import-mapping]")!;
        var values = new Dictionary<string, string> { ["Duplicates"] = duplicates };
        foreach (var select in form.QuerySelectorAll("select"))
        {
            var name = select.GetAttribute("name")!;
            var index = int.Parse(name[(name.IndexOf('[') + 1)..name.IndexOf(']')]);
            values[name] = mapping is not null && mapping.TryGetValue(index, out var field)
                ? field
                : select.QuerySelector("option[selected]")?.GetAttribute("value") ?? "";
        }
        if (consent) values["Consent"] = "true";
        return await client.PostFormAsync(form, $"/contacts/import/{id}/start", values);
    }

    public static int Count(this IDocument report, string what) =>
        int.Parse(report.QuerySelector($"[data-import-report] [data-count={what}]")!.TextContent.Trim());
}
