using System.Text;
using System.Text.RegularExpressions;

namespace CrmTelnyx.Features.TextCenter.Compose;

/// <summary>
/// A blast's text with merge fields: <c>{firstName}</c> takes the contact's value, <c>{firstName|there}</c> falls back to
/// "there" when the contact has none. Field names are those of <see cref="MergeFields"/>, in any case. Braces that do
/// not hold a name (<c>{ }</c>, <c>{10%}</c>) are plain text, so a text never fails for an ordinary brace.
/// </summary>
public sealed partial class MergeTemplate
{
    private readonly IReadOnlyList<Part> parts;

    private MergeTemplate(IReadOnlyList<Part> parts, IReadOnlyList<string> errors) => (this.parts, Errors) = (parts, errors);

    /// <summary>Each field the template names that does not exist, in words; empty when it can be sent.</summary>
    public IReadOnlyList<string> Errors { get; }

    /// <summary>The fields it uses, by their canonical names.</summary>
    public IReadOnlyList<string> Fields => parts.OfType<FieldPart>().Select(f => f.Name).Distinct().ToList();

    private abstract record Part;

    private sealed record TextPart(string Text) : Part;

    /// <param name="Fallback">What to write when the contact has no value; null writes nothing.</param>
    private sealed record FieldPart(string Name, string? Fallback) : Part;

    [GeneratedRegex(@"\{\s*([A-Za-z][A-Za-z0-9]*)\s*(?:\|([^{}]*))?\}")]
    private static partial Regex FieldPattern();

    public static MergeTemplate Parse(string? text)
    {
        text ??= "";
        var parts = new List<Part>();
        var errors = new List<string>();
        var at = 0;
        foreach (Match match in FieldPattern().Matches(text))
        {
            if (match.Index > at) parts.Add(new TextPart(text[at..match.Index]));
            at = match.Index + match.Length;
            var written = match.Groups[1].Value;
            if (MergeFields.Canonical(written) is { } name)
            {
                parts.Add(new FieldPart(name, match.Groups[2].Success ? match.Groups[2].Value.Trim() : null));
                continue;
            }
            parts.Add(new TextPart(match.Value));
            var error = $"{{{written}}} is not a merge field; use one of {string.Join(", ", MergeFields.Names.Select(n => $"{{{n}}}"))}.";
            if (!errors.Contains(error)) errors.Add(error);
        }
        if (at < text.Length) parts.Add(new TextPart(text[at..]));
        return new MergeTemplate(parts, errors);
    }

    /// <summary>The text for one contact.</summary>
    /// <param name="values">The contact's values by canonical field name (<see cref="MergeFields.Of"/>).</param>
    public Rendered Render(IReadOnlyDictionary<string, string?> values)
    {
        var text = new StringBuilder();
        var empty = new List<string>();
        foreach (var part in parts)
        {
            if (part is TextPart plain) { text.Append(plain.Text); continue; }
            var field = (FieldPart)part;
            var value = values.GetValueOrDefault(field.Name)?.Trim();
            if (!string.IsNullOrEmpty(value)) text.Append(value);
            else if (field.Fallback is { } fallback) text.Append(fallback);
            else if (!empty.Contains(field.Name)) empty.Add(field.Name);
        }
        return new Rendered(text.ToString(), empty);
    }

    /// <param name="EmptyFields">Fields this contact has no value for and no fallback covered: they were left out.</param>
    public sealed record Rendered(string Text, IReadOnlyList<string> EmptyFields);
}
