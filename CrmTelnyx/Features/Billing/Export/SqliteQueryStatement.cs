using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace CrmTelnyx.Features.Billing.Export;

/// <summary>
/// An EF query's own SQL and parameters (from <c>CreateDbCommand</c>) prepared as a bare SQLite statement, so a hot
/// export can step it and read columns as UTF-8 bytes instead of the strings and boxes a data reader makes per value.
/// The filter stays written once, in LINQ. Finalized on dispose, which must happen before the connection closes.
/// </summary>
public sealed class SqliteQueryStatement : IDisposable
{
    private readonly sqlite3 connection;

    private SqliteQueryStatement(sqlite3 connection, sqlite3_stmt handle) => (this.connection, Handle) = (connection, handle);

    public sqlite3_stmt Handle { get; }

    /// <summary>Prepares <paramref name="command"/>'s single statement on its (open) connection and binds its parameters.</summary>
    public static SqliteQueryStatement Prepare(DbCommand command)
    {
        var connection = (SqliteConnection)(command.Connection ?? throw new InvalidOperationException("The command has no connection."));
        if (connection.State != System.Data.ConnectionState.Open) throw new InvalidOperationException("Open the connection before preparing the statement.");
        var db = connection.Handle!;
        Check(raw.sqlite3_prepare_v2(db, command.CommandText, out var handle, out var tail), db);
        var statement = new SqliteQueryStatement(db, handle);
        try
        {
            if (!string.IsNullOrWhiteSpace(tail)) throw new NotSupportedException("Only a single SQL statement can be stepped.");
            statement.Bind(command.Parameters);
            return statement;
        }
        catch
        {
            statement.Dispose();
            throw;
        }
    }

    /// <summary>The next row: true while there is one. A failure is thrown as the <see cref="SqliteException"/> a data reader would throw.</summary>
    public bool Step()
    {
        var rc = raw.sqlite3_step(Handle);
        if (rc == raw.SQLITE_ROW) return true;
        if (rc == raw.SQLITE_DONE) return false;
        Check(rc, connection);
        return false;
    }

    public void Dispose() => Handle.Dispose();

    /// <summary>
    /// Binds every parameter the SQL names, as Microsoft.Data.Sqlite would bind the same values (dates as its text form,
    /// so comparisons with stored dates match); a type EF's query could not send is refused rather than guessed.
    /// </summary>
    private void Bind(DbParameterCollection parameters)
    {
        var count = raw.sqlite3_bind_parameter_count(Handle);
        for (var index = 1; index <= count; index++)
        {
            var name = raw.sqlite3_bind_parameter_name(Handle, index).utf8_to_string()
                ?? throw new NotSupportedException("Positional SQL parameters are not supported.");
            var parameter = Find(parameters, name) ?? throw new InvalidOperationException($"The query has no value for its parameter {name}.");
            Check(BindValue(index, parameter.Value), connection);
        }
    }

    /// <summary>EF names its parameters with or without the prefix the SQL uses ("@p" or "p").</summary>
    private static DbParameter? Find(DbParameterCollection parameters, string name)
    {
        foreach (DbParameter parameter in parameters)
            if (parameter.ParameterName == name || parameter.ParameterName == name[1..]) return parameter;
        return null;
    }

    private int BindValue(int index, object? value) => value switch
    {
        null or DBNull => raw.sqlite3_bind_null(Handle, index),
        string text => raw.sqlite3_bind_text(Handle, index, text),
        bool flag => raw.sqlite3_bind_int64(Handle, index, flag ? 1 : 0),
        byte or sbyte or short or ushort or int or uint or long => raw.sqlite3_bind_int64(Handle, index, Convert.ToInt64(value, CultureInfo.InvariantCulture)),
        Enum => raw.sqlite3_bind_int64(Handle, index, Convert.ToInt64(value, CultureInfo.InvariantCulture)),
        double or float => raw.sqlite3_bind_double(Handle, index, Convert.ToDouble(value, CultureInfo.InvariantCulture)),
        DateTime at => raw.sqlite3_bind_text(Handle, index, at.ToString(SqliteDateText.Format, CultureInfo.InvariantCulture)),
        DateOnly day => raw.sqlite3_bind_text(Handle, index, day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        byte[] bytes => raw.sqlite3_bind_blob(Handle, index, bytes),
        _ => throw new NotSupportedException($"A {value.GetType().Name} parameter is not supported by the raw statement."),
    };

    private static void Check(int rc, sqlite3 db)
    {
        if (rc != raw.SQLITE_OK) SqliteException.ThrowExceptionForRC(rc, db);
    }
}
