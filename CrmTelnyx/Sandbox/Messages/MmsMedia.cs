using Microsoft.AspNetCore.StaticFiles;

namespace CrmTelnyx.Sandbox.Messages;

/// <summary>An MMS's media_urls as Telnyx checks them (at most 10, each a URL it can fetch) and describes them in media[].</summary>
public static class MmsMedia
{
    public const int MaxUrls = 10;

    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    /// <summary>Telnyx's 40317 refusal for media it cannot send, or null when every URL may go.</summary>
    public static IResult? Refusal(string[]? urls)
    {
        if (urls is null) return null;
        if (urls.Length > MaxUrls)
            return Invalid($"An MMS carries at most {MaxUrls} media URLs; this one has {urls.Length}.", "/media_urls");
        for (var i = 0; i < urls.Length; i++)
            if (!IsFetchable(urls[i]))
                return Invalid($"Media URL {i + 1}, '{urls[i]}', is not an absolute http or https URL.", $"/media_urls/{i}");
        return null;
    }

    /// <summary>The type the file's extension names (image/jpeg for .jpg), or null when it names none: nothing is fetched.</summary>
    public static string? ContentTypeOf(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && ContentTypes.TryGetContentType(uri.AbsolutePath, out var type) ? type : null;

    /// <summary>What a person sees of a media URL: its file name ("sale.jpg"), or the URL when it names no file.</summary>
    public static string FileNameOf(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && Uri.UnescapeDataString(uri.Segments[^1]).Trim('/') is { Length: > 0 } name ? name : url;

    /// <summary>media[] items as Telnyx writes them; the sandbox never fetches the file, so it knows no hash or size.</summary>
    public static object[] Items(string[] urls) =>
        urls.Select(url => (object)new { url, content_type = ContentTypeOf(url), sha256 = (string?)null, size = (long?)null }).ToArray();

    /// <summary>An absolute http(s) URL: the only kind Telnyx fetches media from.</summary>
    public static bool IsFetchable(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) && uri.Host.Length > 0;

    private static IResult Invalid(string detail, string pointer) => SandboxErrors.Result(422, "40317", "Invalid MMS content", detail, pointer);
}
