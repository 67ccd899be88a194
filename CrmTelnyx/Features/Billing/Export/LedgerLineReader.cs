using CrmTelnyx.Data;
using CrmTelnyx.Features.Billing.Tab;
using Microsoft.EntityFrameworkCore;
using SQLitePCL;

namespace CrmTelnyx.Features.Billing.Export;

/// <summary>
/// Steps <see cref="LedgerLine.Of"/>'s query (EF's SQL for the tab's filter) straight through SQLite and exposes the current
/// row's columns: numbers as numbers, text as the UTF-8 bytes SQLite holds, valid until the next <see cref="Read"/>. At a
/// million lines, the strings and boxes a data reader and EF make per value were most of the export's cost.
/// </summary>
public sealed class LedgerLineReader : IDisposable
{
    // The columns in the order of LedgerLine's constructor, which is the order EF projects them in (checked on opening).
    private const int Id = 0, OccurredAtColumn = 1, TypeColumn = 2, DirectionColumn = 3, CompanyNumberColumn = 4, StateColumn = 5,
        ContactIdColumn = 6, ContactNameColumn = 7, BlastIdColumn = 8, AgentColumn = 9, QuantityColumn = 10, AmountColumn = 11,
        CorrectionColumn = 12, RecordColumn = 13, SourceColumn = 14, Columns = 15;

    private readonly SqliteQueryStatement statement;
    private readonly sqlite3_stmt row;

    private LedgerLineReader(SqliteQueryStatement statement) => (this.statement, row) = (statement, statement.Handle);

    /// <summary>The lines <paramref name="filter"/> matches, oldest first; the context's connection must be open until disposed.</summary>
    public static LedgerLineReader Open(CrmDbContext db, BillingFilter filter)
    {
        using var command = LedgerLine.Of(db, filter).CreateDbCommand();
        var statement = SqliteQueryStatement.Prepare(command);
        var reader = new LedgerLineReader(statement);
        try
        {
            reader.CheckColumns();
            return reader;
        }
        catch
        {
            reader.Dispose();
            throw;
        }
    }

    public bool Read() => statement.Step();

    public long EntryId => raw.sqlite3_column_int64(row, Id);

    /// <summary>When the cost arose, UTC.</summary>
    public DateTime OccurredAt => DateTime.SpecifyKind(SqliteDateText.Parse(Text(OccurredAtColumn)), DateTimeKind.Utc);

    /// <summary>The stored <see cref="Ledger.LedgerEntryType"/> name ("Sms").</summary>
    public ReadOnlySpan<byte> Type => Text(TypeColumn);

    /// <summary>The stored <see cref="Ledger.LedgerDirection"/> name ("Outbound"), empty for none.</summary>
    public ReadOnlySpan<byte> Direction => Text(DirectionColumn);

    public ReadOnlySpan<byte> CompanyNumber => Text(CompanyNumberColumn);

    public ReadOnlySpan<byte> State => Text(StateColumn);

    public long? ContactId => Int64OrNull(ContactIdColumn);

    public ReadOnlySpan<byte> ContactName => Text(ContactNameColumn);

    public long? BlastId => Int64OrNull(BlastIdColumn);

    public ReadOnlySpan<byte> AgentUserId => Text(AgentColumn);

    public int Quantity => raw.sqlite3_column_int(row, QuantityColumn);

    public long AmountMicros => raw.sqlite3_column_int64(row, AmountColumn);

    public bool IsCorrection => raw.sqlite3_column_int64(row, CorrectionColumn) != 0;

    public ReadOnlySpan<byte> TelnyxRecordId => Text(RecordColumn);

    public ReadOnlySpan<byte> Source => Text(SourceColumn);

    public void Dispose() => statement.Dispose();

    // A NULL reads as no bytes: the CSV writes null and empty text alike, as an empty field.
    private ReadOnlySpan<byte> Text(int column) => raw.sqlite3_column_blob(row, column);

    private long? Int64OrNull(int column) => raw.sqlite3_column_type(row, column) == raw.SQLITE_NULL ? null : raw.sqlite3_column_int64(row, column);

    /// <summary>Fails at once, not with shifted cells, if EF ever projects <see cref="LedgerLine"/> in another order.</summary>
    private void CheckColumns()
    {
        var count = raw.sqlite3_column_count(row);
        if (count != Columns) throw new InvalidOperationException($"The ledger export's query returns {count} columns, not {Columns}.");
        foreach (var (column, name) in new[] { (Id, "Id"), (OccurredAtColumn, "OccurredAt"), (TypeColumn, "Type"), (DirectionColumn, "Direction"),
            (CompanyNumberColumn, "CompanyNumber"), (StateColumn, "State"), (BlastIdColumn, "BlastId"), (AgentColumn, "AgentUserId"),
            (QuantityColumn, "Quantity"), (AmountColumn, "AmountMicros"), (CorrectionColumn, "IsCorrection"), (RecordColumn, "TelnyxRecordId"), (SourceColumn, "Source") })
        {
            var actual = raw.sqlite3_column_name(row, column).utf8_to_string();
            if (actual != name) throw new InvalidOperationException($"The ledger export's query returns {actual} where {name} was expected.");
        }
    }
}
