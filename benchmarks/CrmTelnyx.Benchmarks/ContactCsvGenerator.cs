using System.Text;
using CrmTelnyx.Phones;

namespace CrmTelnyx.Benchmarks;

/// <summary>
/// Writes a realistic contacts CSV the way people export them from other tools: mixed phone formats over real area
/// codes, companies with commas (quoted), tags, a consent column, the odd multi-line note, a few repeated numbers
/// and about 1% rows the importer must reject. Seeded, so every run imports the same file.
/// </summary>
public static class ContactCsvGenerator
{
    public sealed record Expectation(int Rows, int BadRows, int RepeatedPhones);

    public static readonly string[] Tags = ["vip", "newsletter", "chicago", "wholesale", "lead", "customer", "event-2026", "spanish", "referral", "churned"];

    private static readonly string[] FirstNames =
        ["James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael", "Linda", "David", "Elizabeth", "William", "Barbara",
         "Richard", "Susan", "Joseph", "Jessica", "Thomas", "Sarah", "Carlos", "Karen", "Wei", "Nancy", "Daniel", "Lisa", "José",
         "Betty", "Matthew", "Margaret", "Anthony", "Sandra", "Mark", "Ashley", "Priya", "Kimberly", "Steven", "Emily", "Chloé"];

    private static readonly string[] LastNames =
        ["Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez", "Hernandez",
         "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore", "Jackson", "Martin", "Lee", "Perez", "Thompson",
         "White", "Harris", "Sanchez", "Clark", "Ramirez", "Lewis", "Robinson", "Walker", "Young", "Allen", "King", "O'Brien", "Nguyen"];

    private static readonly string[] CompanyWords = ["Acme", "Globex", "Initech", "Umbrella", "Stark", "Wayne", "Hooli", "Vandelay", "Soylent", "Tyrell"];
    private static readonly string[] CompanySuffixes = ["Inc.", "LLC", "Co.", "Group", "Holdings, Inc.", "& Sons, LLC"];
    private static readonly string[] BadPhones = ["555-0134", "212-555-CALL", "(011) 555-0134", "+44 20 7946 0958", "212555012345", "(212) 555-0134 ext. 12"];

    public static Expectation Write(string path, int rows, int seed = 20261122)
    {
        var random = new Random(seed);
        var areaCodes = NanpAreaCodes.All.ToArray();
        var phones = new List<string>(rows);
        int bad = 0, repeated = 0;

        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        writer.Write("First Name,Last Name,Mobile,Email,Company,State,Tags,SMS Consent,Notes\r\n");
        for (var i = 0; i < rows; i++)
        {
            var first = Pick(random, FirstNames);
            var last = Pick(random, LastNames);
            var area = Pick(random, areaCodes);
            string national;
            // Small territories (340, 670, 671, 684) have few exchanges in use: draw until the number is one of them.
            do national = area.AreaCode + Exchange(random) + random.Next(0, 10000).ToString("0000");
            while (!PhoneNumberNormalizer.Normalize(national).IsValid);
            var phone = Format(random, national);
            var email = $"{Ascii(first)}.{Ascii(last)}{i}@{Pick(random, CompanyWords).ToLowerInvariant()}.example.com";
            var state = random.Next(10) == 0 ? area.Region : "";

            // 0.5% repeat an earlier number in another format: the importer skips them as duplicates.
            if (phones.Count > 0 && random.Next(200) == 0)
            {
                phone = Format(random, phones[random.Next(phones.Count)]);
                repeated++;
            }
            else if (random.Next(100) == 0)
            {
                bad++;
                switch (random.Next(3))
                {
                    case 0: phone = Pick(random, BadPhones); break;
                    case 1: email = $"{Ascii(first)}.{Ascii(last)}@"; break;
                    default: state = "Narnia"; break;
                }
                national = "";
            }
            if (national.Length > 0) phones.Add(national);

            var company = random.Next(3) == 0 ? "" : $"{Pick(random, CompanyWords)} {Pick(random, CompanySuffixes)}";
            var tags = string.Join("; ", Enumerable.Range(0, random.Next(4)).Select(_ => Pick(random, Tags)).Distinct());
            var consent = random.Next(50) switch { 0 => "no", < 10 => "yes", _ => "" };
            var notes = random.Next(500) == 0 ? "Called twice.\nPrefers texts after 5pm, \"not\" calls." : "";

            writer.Write(string.Join(',', new[] { first, last, phone, email, company, state, tags, consent, notes }.Select(Quote)));
            writer.Write("\r\n");
        }
        return new Expectation(rows, bad, repeated);
    }

    /// <summary>A dialable exchange: 2-9 first, never an N11 service code.</summary>
    private static string Exchange(Random random)
    {
        var rest = random.Next(0, 100);
        return random.Next(2, 10) + (rest == 11 ? 12 : rest).ToString("00");
    }

    private static string Format(Random random, string national) => random.Next(7) switch
    {
        0 => $"({national[..3]}) {national[3..6]}-{national[6..]}",
        1 => $"{national[..3]}.{national[3..6]}.{national[6..]}",
        2 => $"1-{national[..3]}-{national[3..6]}-{national[6..]}",
        3 => $"+1{national}",
        4 => $"+1 {national[..3]} {national[3..6]} {national[6..]}",
        5 => $"{national[..3]}-{national[3..6]}-{national[6..]}",
        _ => national,
    };

    private static string Quote(string cell) =>
        cell.IndexOfAny([',', '"', '\n', '\r']) < 0 ? cell : "\"" + cell.Replace("\"", "\"\"") + "\"";

    private static string Ascii(string name) => new(name.ToLowerInvariant().Where(char.IsAsciiLetter).ToArray());

    private static T Pick<T>(Random random, T[] items) => items[random.Next(items.Length)];
}
