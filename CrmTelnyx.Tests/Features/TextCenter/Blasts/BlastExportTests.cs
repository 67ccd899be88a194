using System.Net;
using CrmTelnyx.Features.TextCenter;
using CrmTelnyx.Features.TextCenter.Blasts;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Tests.Features.TextCenter.Blasts;

/// <summary>A blast's results as a CSV file a spreadsheet opens safely.</summary>
public sealed class BlastExportTests(CrmAppFactory app) : IClassFixture<CrmAppFactory>
{
    [Fact]
    public async Task The_export_lists_every_message_with_its_status_and_failure_in_words_and_defuses_formulas()
    {
        var id = await BlastSeed.StartedAsync(app, "Spring sale", BlastStatus.Completed,
            new(MessageStatuses.Delivered, "x-1", Cost: 0.0070m), new(MessageStatuses.DeliveryFailed, "x-2", ErrorCode: "40010"));
        await app.WithDbAsync(db => db.Messages.Where(m => m.TelnyxMessageId == "x-1")
            .ExecuteUpdateAsync(u => u.SetProperty(m => m.Text, "=HYPERLINK(\"http://evil\")")));
        var client = await app.SignedInAdminAsync();

        var response = await client.GetAsync($"/text-center/blasts/{id}/export");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains($"blast-{id}-Spring-sale.csv", response.Content.Headers.ContentDisposition?.ToString());
        var lines = (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("to,contact,from,status,error_code,error,", lines[0]);
        Assert.Contains(",delivered,", lines[1]);
        Assert.Contains("0.007,USD", lines[1]);
        Assert.Contains("'=HYPERLINK", lines[1]);
        Assert.Contains(",delivery_failed,40010,Not 10DLC registered", lines[2]);
    }

    [Fact]
    public async Task An_unknown_blast_is_not_found()
    {
        var client = await app.SignedInAdminAsync();

        var response = await client.GetAsync("/text-center/blasts/987654/export");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
