using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace CrmTelnyx.Tests.Infrastructure;

public static class Html
{
    private static readonly HtmlParser Parser = new();

    public static IDocument Parse(string html) => Parser.ParseDocument(html);

    public static async Task<IDocument> ReadHtmlAsync(this HttpResponseMessage response) =>
        Parse(await response.Content.ReadAsStringAsync());

    /// <summary>The page's text with whitespace collapsed, for "the user sees …" assertions.</summary>
    public static string VisibleText(this IDocument document) =>
        string.Join(' ', (document.Body?.TextContent ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
