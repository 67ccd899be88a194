namespace CrmTelnyx.Configuration;

public static class PageRequests
{
    /// <summary>
    /// A browser asking for a whole page, as opposed to an htmx fragment, the hub or an API call: only such requests
    /// get a redirect to sign-in or a rendered status page; the others get a bare status code.
    /// </summary>
    public static bool IsForWholePage(this HttpRequest request) =>
        !request.Headers.ContainsKey("HX-Request")
        && !request.Path.StartsWithSegments("/hubs")
        && !request.Path.StartsWithSegments("/api");
}
