using CrmTelnyx.Hosting;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace CrmTelnyx.Data;

public static class DataProtectionKeys
{
    /// <summary>Keeps the keys that protect sign-in cookies and antiforgery tokens in the data folder, so a restart signs nobody out.</summary>
    public static IHostApplicationBuilder AddDataProtectionKeys(this IHostApplicationBuilder builder)
    {
        builder.Services.AddDataProtection().SetApplicationName("CrmTelnyx");
        builder.Services.AddOptions<KeyManagementOptions>()
            .Configure<DataFolder, ILoggerFactory>((options, folder, loggers) =>
                options.XmlRepository = new FileSystemXmlRepository(new DirectoryInfo(folder.Combine("keys")), loggers));
        return builder;
    }
}
