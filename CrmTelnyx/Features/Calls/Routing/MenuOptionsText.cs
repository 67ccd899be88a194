using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace CrmTelnyx.Features.Calls.Routing;

/// <summary>
/// A number's menu as an admin types it, one key per line: "1 Sales: ann@example.com, bob@example.com". The
/// e-mails name the agents the key rings (in that order for round robin).
/// </summary>
public static partial class MenuOptionsText
{
    public sealed record Option(char Digit, string Group, IReadOnlyList<string> Emails);

    [GeneratedRegex(@"^(?<digit>[1-9])\s*[.)=-]?\s*(?<group>[^:]+?)\s*:\s*(?<emails>.+)$")]
    private static partial Regex Line();

    public static bool TryParse(string? text, [NotNullWhen(true)] out IReadOnlyList<Option>? options, [NotNullWhen(false)] out string? error)
    {
        var parsed = new List<Option>();
        foreach (var line in (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var match = Line().Match(line);
            if (!match.Success)
            {
                (options, error) = (null, $"'{line}' should read like \"1 Sales: ann@example.com, bob@example.com\" (a key 1–9, a name, the agents' e-mails).");
                return false;
            }
            var digit = match.Groups["digit"].Value[0];
            if (parsed.Any(o => o.Digit == digit))
            {
                (options, error) = (null, $"Key {digit} is listed twice.");
                return false;
            }
            var emails = match.Groups["emails"].Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (emails.FirstOrDefault(e => !e.Contains('@')) is { } notAnEmail)
            {
                (options, error) = (null, $"'{notAnEmail}' (key {digit}) is not an e-mail address of a user.");
                return false;
            }
            parsed.Add(new Option(digit, match.Groups["group"].Value.Trim(), emails));
        }
        (options, error) = (parsed, null);
        return true;
    }

    public static string Format(IEnumerable<Option> options) =>
        string.Join('\n', options.OrderBy(o => o.Digit).Select(o => $"{o.Digit} {o.Group}: {string.Join(", ", o.Emails)}"));
}
