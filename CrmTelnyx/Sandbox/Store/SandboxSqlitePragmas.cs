using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CrmTelnyx.Sandbox.Store;

/// <summary>
/// synchronous=OFF for the simulator's own store: a commit per accepted message otherwise waits for two fsyncs, which
/// capped the sandbox near 500 messages a second — Telnyx's speed stood in for by the disk's. A simulator's state
/// may lose its last writes to an operating-system crash; it cannot be corrupted by the app stopping.
/// busy_timeout lets SQLite wait for the writer's lock itself: without it Microsoft.Data.Sqlite retries a busy
/// database after sleeping 150 ms, which was 9 % of the sampled time of a limits-off blast against the sandbox.
/// </summary>
public sealed class SandboxSqlitePragmas : DbConnectionInterceptor
{
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private static void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA synchronous=OFF; PRAGMA busy_timeout=30000;";
        command.ExecuteNonQuery();
    }
}
