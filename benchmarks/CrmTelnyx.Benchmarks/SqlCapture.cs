using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CrmTelnyx.Benchmarks;

/// <summary>Keeps the SQL (and its parameters) EF sends while <see cref="On"/> is set, so a benchmark can print its query plans.</summary>
public sealed class SqlCapture : DbCommandInterceptor
{
    public sealed record Command(string Text, IReadOnlyList<(string Name, object? Value)> Parameters);

    public bool On { get; set; }

    public List<Command> Commands { get; } = [];

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        if (On)
            lock (Commands)
                Commands.Add(new Command(command.CommandText, command.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, (object?)p.Value)).ToList()));
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }
}
