using CrmTelnyx.Validation;
namespace CrmTelnyx.Features.Contacts;

public static class TagNames
{
    public const int MaxLength = ContactFieldLimits.Tag;

    /// <summary>"vip; Chicago | vip" → ["vip", "Chicago"]: split on ; | or , trimmed, case-insensitively distinct. Never shortens a tag: see <see cref="Error"/>.</summary>
    public static IReadOnlyList<string> Parse(string? text) =>
        string.IsNullOrWhiteSpace(text)
            ? []
            : text.Split([';', '|', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .DistinctBy(t => t.ToLowerInvariant())
                .ToList();

    /// <summary>Why these tags cannot be saved on one contact (one too long, or too many), or null when they can.</summary>
    public static string? Error(IReadOnlyCollection<string> tags)
    {
        if (tags.FirstOrDefault(t => t.Length > MaxLength) is { } tooLong)
            return LengthLimit.TooLong($"The tag \"{Shorten(tooLong)}\"", tooLong.Length, MaxLength);
        return tags.Count > ContactFieldLimits.TagsPerContact ? $"At most {ContactFieldLimits.TagsPerContact} tags on a contact." : null;
    }

    /// <summary>Why one tag name cannot be used, or null.</summary>
    public static string? Error(string tag) => Error(new[] { tag });

    /// <summary>Enough of a long tag to recognise it in a message.</summary>
    private static string Shorten(string tag) => tag.Length <= 20 ? tag : tag[..20] + "…";
}
