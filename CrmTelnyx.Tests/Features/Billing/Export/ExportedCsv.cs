using System.Net;
using System.Text;
using CsvHelper;

namespace CrmTelnyx.Tests.Features.Billing.Export;

/// <summary>A downloaded CSV: its raw text (to see what Excel would get) and its cells by column name (to add them up).</summary>
public sealed record ExportedCsv(string Text, IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyDictionary<string, string>> Rows)
{
    public static async Task<ExportedCsv> GetAsync(HttpClient client, string link)
    {
        var response = await client.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        return Parse(await response.Content.ReadAsByteArrayAsync());
    }

    public static ExportedCsv Parse(byte[] bytes)
    {
        using var csv = CsvReader.Create(new MemoryStream(bytes), new CsvReaderOptions { HasHeader = false }, leaveOpen: false);
        var records = new List<string[]>();
        while (csv.Read())
        {
            var fields = new string[csv.FieldCount];
            for (var i = 0; i < fields.Length; i++) fields[i] = csv.GetString(i);
            records.Add(fields);
        }
        var header = records[0];
        return new ExportedCsv(
            Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF'),
            header,
            records.Skip(1).Select(r => (IReadOnlyDictionary<string, string>)header.Zip(r).ToDictionary(p => p.First, p => p.Second)).ToList());
    }

    public IReadOnlyList<string> Lines => Text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();
}
