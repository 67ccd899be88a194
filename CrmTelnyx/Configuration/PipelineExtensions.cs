namespace CrmTelnyx.Configuration;

public static class PipelineExtensions
{
    public static WebApplication UseCrmPipeline(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
            app.UseExceptionHandler("/error", createScopeForErrors: true);
        // 403 and 404 keep their status code and show a page a person can read.
        app.UseStatusCodePagesWithReExecute("/status/{0}", createScopeForStatusCodePages: true);
        // Served from the content root's wwwroot, which the build fills from wwwroot-assets.
        app.UseStaticFiles();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        return app;
    }
}
