using CrmTelnyx.Hosting;
using Microsoft.Data.Sqlite;

namespace CrmTelnyx.Data;

/// <summary>The connection string: ConnectionStrings:Crm when set, else crm.db in the data folder.</summary>
public sealed class DatabaseLocation(IConfiguration configuration, DataFolder dataFolder)
{
    public string ConnectionString { get; } = Build(configuration.GetConnectionString("Crm"), dataFolder);

    private static string Build(string? configured, DataFolder dataFolder)
    {
        var builder = new SqliteConnectionStringBuilder(string.IsNullOrWhiteSpace(configured)
            ? $"Data Source={dataFolder.Combine("crm.db")}"
            : configured)
        {
            // Writers wait for each other instead of failing with "database is locked".
            DefaultTimeout = 30,
        };
        return builder.ToString();
    }

    public string DataSource => new SqliteConnectionStringBuilder(ConnectionString).DataSource;
}
