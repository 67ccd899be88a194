using Microsoft.AspNetCore.Diagnostics;
using Serilog;

namespace CrmTelnyx.Hosting;

public static class PipelineExtensions
{
    public static WebApplication UseCrmPipeline(this WebApplication app)
    {
        // First: everything after it (cookie Secure flag, sign-in limits, logs) sees the client behind the proxy.
        app.UseForwardedHeaders();
        app.UseSecurityHeaders();
        if (!app.Environment.IsDevelopment())
            app.UseExceptionHandler("/error", createScopeForErrors: true);
        // 403 and 404 keep their status code and show a page a person can read.
        app.UseStatusCodePagesWithReExecute("/status/{0}", createScopeForStatusCodePages: true);
        app.Use(OnlyBrowserPagesGetStatusPages);
        // Served from the content root's wwwroot, which the build fills from wwwroot-assets.
        app.UseStaticFiles();
        app.UseSerilogRequestLogging();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        return app;
    }

    /// <summary>A form post or the circuit's connection keeps its bare status code: re-executing it would replay the POST.</summary>
    private static Task OnlyBrowserPagesGetStatusPages(HttpContext context, RequestDelegate next)
    {
        if (!HttpMethods.IsGet(context.Request.Method) || !context.Request.IsForWholePage())
        {
            var statusPages = context.Features.Get<IStatusCodePagesFeature>();
            if (statusPages is not null) statusPages.Enabled = false;
        }
        return next(context);
    }
}
