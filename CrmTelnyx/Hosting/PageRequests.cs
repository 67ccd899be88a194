namespace CrmTelnyx.Hosting;

public static class PageRequests
{
    /// <summary>
    /// A browser asking for a whole page, as opposed to the circuit's connection: only such requests get a
    /// redirect to sign-in or a rendered status page; the others get a bare status code.
    /// </summary>
    public static bool IsForWholePage(this HttpRequest request) =>
        !request.Path.StartsWithSegments("/_blazor");
}
