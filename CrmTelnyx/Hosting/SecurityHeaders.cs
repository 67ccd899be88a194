namespace CrmTelnyx.Hosting;

/// <summary>
/// The browser-side defences every response carries (pages, static files, endpoints, error and status pages, webhooks):
/// a Content-Security-Policy, no MIME sniffing, no framing, a short referrer; HSTS over HTTPS outside Development.
/// </summary>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy = "default-src 'self'; " +
        // blazor.web.js and MudBlazor.min.js are files of our own origin, and the app renders no inline script or eval.
        "script-src 'self'; " +
        // MudBlazor writes inline style attributes (sizes, positions, theme variables) and a <style> element for the
        // theme; nonces cannot cover style attributes, so inline styles stay allowed. Styles cannot run code.
        "style-src 'self' 'unsafe-inline'; " +
        "img-src 'self' data:; font-src 'self' data:; " +
        // The circuit's WebSocket to /_blazor is same-origin: 'self' covers ws: and wss: to this host.
        "connect-src 'self'; " +
        "frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'";

    public static WebApplication UseSecurityHeaders(this WebApplication app)
    {
        // Adds Strict-Transport-Security only to HTTPS requests; never in Development, where a browser would keep it for localhost.
        if (!app.Environment.IsDevelopment()) app.UseHsts();
        app.Use(AddHeaders);
        return app;
    }

    private static Task AddHeaders(HttpContext context, RequestDelegate next)
    {
        // Set as the response starts: the exception handler clears headers set earlier before it renders the error page.
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            return Task.CompletedTask;
        });
        return next(context);
    }
}
