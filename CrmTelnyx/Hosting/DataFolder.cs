using Microsoft.Extensions.Options;

namespace CrmTelnyx.Hosting;

/// <summary>The app's data folder (database, logs, keys), resolved once and created if missing.</summary>
public sealed class DataFolder
{
    public DataFolder(IOptions<AppOptions> options, IHostEnvironment environment)
    {
        Path = System.IO.Path.GetFullPath(System.IO.Path.Combine(environment.ContentRootPath, options.Value.DataDirectory));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);
}
