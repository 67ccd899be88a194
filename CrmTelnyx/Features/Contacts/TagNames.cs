namespace CrmTelnyx.Features.Contacts;

public static class TagNames
{
    public const int MaxLength = 50;

    /// <summary>"vip; Chicago | vip" → ["vip", "Chicago"]: split on ; | or , trimmed, case-insensitively distinct.</summary>
    public static IReadOnlyList<string> Parse(string? text) =>
        string.IsNullOrWhiteSpace(text)
            ? []
            : text.Split([';', '|', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(t => t.Length > MaxLength ? t[..MaxLength] : t)
                .DistinctBy(t => t.ToLowerInvariant())
                .ToList();
}
