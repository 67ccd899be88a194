namespace CrmTelnyx.Hosting;

public static class PageRequests
{
    /// <summary>A request htmx makes for a fragment of the page.</summary>
    public static bool IsHtmx(this HttpRequest request) => request.Headers.ContainsKey("HX-Request");

    /// <summary>
    /// A browser asking for a whole page, as opposed to an htmx fragment, the hub or the circuit's connection: only such requests get a
    /// redirect to sign-in or a rendered status page; the others get a bare status code.
    /// </summary>
    public static bool IsForWholePage(this HttpRequest request) =>
        !request.IsHtmx() && !request.Path.StartsWithSegments("/hubs") && !request.Path.StartsWithSegments("/_blazor");
}
