using System.Text;

namespace CrmTelnyx.Tests.Features.Contacts;

/// <summary>A realistic, messy contacts file: mixed phone formats, quoted commas and line breaks, a BOM, and a few bad rows.</summary>
public static class MessyCsv
{
    public static readonly string[] AreaCodes = ["212", "415", "303", "312", "713", "617", "206", "404"];

    /// <summary>The bad rows and the line each sits on (the header is line 1).</summary>
    public static readonly (int Line, string Row, string Reason)[] BadRows =
    [
        (11, "Bad,Letters,CALL-ME-NOW,bad1@example.com,,vip", "Contains letters"),
        (51, "Bad,Short,555-1234,bad2@example.com,,", "Too short"),
        (101, "Bad,AreaCode,(099) 555-0100,bad3@example.com,,", "Invalid area code 099"),
        (151, "Bad,Email,(212) 555-0199,not-an-email,,", "is not an email address"),
    ];

    public static string Build(int goodRows, out List<string> goodPhones)
    {
        var sb = new StringBuilder();
        sb.Append("First Name,Last Name,Mobile,E-mail,Company,Tags\r\n");
        goodPhones = [];
        var line = 1;
        var written = 0;
        var formats = new Func<string, string, string>[]
        {
            (area, rest) => $"({area}) {rest[..3]}-{rest[3..]}",
            (area, rest) => $"{area}.{rest[..3]}.{rest[3..]}",
            (area, rest) => $"1-{area}-{rest[..3]}-{rest[3..]}",
            (area, rest) => $"+1{area}{rest}",
        };
        while (written < goodRows)
        {
            line++;
            var bad = BadRows.FirstOrDefault(b => b.Line == line);
            if (bad.Row is not null)
            {
                sb.Append(bad.Row).Append("\r\n");
                continue;
            }
            var area = AreaCodes[written % AreaCodes.Length];
            var rest = (2000000 + written).ToString();
            goodPhones.Add($"+1{area}{rest}");
            var company = written % 10 == 0 ? "\"Acme, Inc.\"" : written % 17 == 0 ? "\"Two\nLines Ltd\"" : "Globex";
            var tags = written % 3 == 0 ? "\"vip; chicago\"" : "newsletter";
            sb.Append($"Person{written},Tester,{formats[written % formats.Length](area, rest)},p{written}@example.com,{company},{tags}\r\n");
            // A quoted field with a line break makes the next record start one line later.
            if (written % 17 == 0 && written % 10 != 0) line++;
            written++;
        }
        return sb.ToString();
    }

    public static byte[] WithBom(string text) => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)];
}
