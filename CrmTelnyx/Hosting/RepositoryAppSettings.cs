using Microsoft.Extensions.Configuration.Json;

namespace CrmTelnyx.Hosting;

public static class RepositoryAppSettings
{
    /// <summary>
    /// The one appsettings.json lives at the repository root and is copied next to the app's assembly;
    /// read it from there, in the place of the content-root file, so environment variables still override it.
    /// </summary>
    public static void UseRepositoryAppSettings(this IConfigurationManager configuration)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "appsettings.json");
        var sources = configuration.Sources;
        var index = sources.ToList().FindIndex(s => s is JsonConfigurationSource { Path: "appsettings.json" });
        if (index < 0 || !File.Exists(path)) return;

        sources[index] = new JsonConfigurationSource
        {
            Path = "appsettings.json",
            FileProvider = new Microsoft.Extensions.FileProviders.PhysicalFileProvider(AppContext.BaseDirectory),
            Optional = false,
            ReloadOnChange = false,
        };
    }
}
