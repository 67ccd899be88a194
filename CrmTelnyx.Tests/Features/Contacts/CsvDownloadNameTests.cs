using System.Text;
using CrmTelnyx.Tests.Infrastructure;

namespace CrmTelnyx.Tests.Features.Contacts;

/// <summary>Over real Kestrel, which (unlike the in-memory test server) refuses header values that are not ASCII.</summary>
public sealed class CsvDownloadNameTests : IDisposable
{
    private readonly CrmAppFactory app = new();

    public void Dispose() => app.Dispose();

    [Fact]
    public async Task Rejected_rows_of_a_file_with_a_non_ASCII_name_download_under_that_name()
    {
        using var client = app.StartKestrelWithClient();
        await client.SignedInAsync(CrmAppFactory.AdminEmail, CrmAppFactory.AdminPassword);
        var csv = "First Name,Phone\nAda,(303) 555-0101\nBad,555-01\n";

        var id = await ContactImportFlow.UploadOkAsync(client, Encoding.UTF8.GetBytes(csv), "Kundenliste-München.csv");
        await ContactImportFlow.StartAndWaitAsync(app, client, id);
        using var download = await client.GetAsync($"/contacts/import/{id}/rejected.csv");

        Assert.True(download.IsSuccessStatusCode, $"download answered {(int)download.StatusCode}");
        Assert.Equal("rejected-Kundenliste-München.csv", download.Content.Headers.ContentDisposition!.FileNameStar);
        Assert.Contains("Bad", await download.Content.ReadAsStringAsync());
    }
}
