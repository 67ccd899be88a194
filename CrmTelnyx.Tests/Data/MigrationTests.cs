using CrmTelnyx.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Tests.Data;

public sealed class MigrationTests
{
    [Fact]
    public async Task Every_model_change_is_covered_by_a_migration()
    {
        using var app = new CrmAppFactory();

        var pending = await app.WithDbAsync(db => Task.FromResult(db.Database.HasPendingModelChanges()));

        Assert.False(pending, "The model has changes no migration covers: run `dotnet ef migrations add <Name> -o ../migrations` from CrmTelnyx/.");
    }

    [Fact]
    public async Task The_database_file_is_created_in_the_data_folder_with_all_migrations_applied()
    {
        using var app = new CrmAppFactory();

        var pending = await app.WithDbAsync(async db => (await db.Database.GetPendingMigrationsAsync()).ToList());

        Assert.Empty(pending);
        Assert.True(File.Exists(Path.Combine(app.DataDirectory, "crm.db")));
    }
}
