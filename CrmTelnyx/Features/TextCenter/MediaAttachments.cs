namespace CrmTelnyx.Features.TextCenter;

/// <summary>An MMS's pictures or files, by URL: what the app lets go to Telnyx, and how a person sees each one.</summary>
public static class MediaAttachments
{
    /// <summary>Telnyx refuses more (40317).</summary>
    public const int MaxPerMessage = 10;
    public const int UrlLength = 2000;

    /// <summary>Why these media cannot be sent, in words, or null when they can.</summary>
    public static string? Problem(IReadOnlyList<string>? urls)
    {
        if (urls is null) return null;
        if (urls.Count > MaxPerMessage) return $"An MMS carries at most {MaxPerMessage} pictures or files; this one has {urls.Count}.";
        for (var i = 0; i < urls.Count; i++)
        {
            var url = urls[i]?.Trim() ?? "";
            var which = urls.Count == 1 ? "The picture or file" : $"Picture or file {i + 1}";
            if (url.Length > UrlLength) return $"{which}: the address is longer than {UrlLength:N0} characters.";
            if (!IsFetchable(url)) return $"{which}: an https:// address Telnyx can fetch it from, not “{url}”.";
        }
        return null;
    }

    /// <summary>Telnyx fetches the file itself: it must be a public https address.</summary>
    public static bool IsFetchable(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps && uri.Host.Length > 0;

    /// <summary>Whether the address may be a link on a page: only http(s), never javascript: or data: from a received message.</summary>
    public static bool IsWebAddress(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    /// <summary>The name a person recognises ("sale.jpg"), or the address itself when it names no file.</summary>
    public static string FileName(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && Uri.UnescapeDataString(uri.Segments[^1]).Trim('/') is { Length: > 0 } name ? name : url;
}
