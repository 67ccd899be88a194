using System.Text;

namespace CrmTelnyx.Features.Contacts.Import;

/// <summary>
/// Reads a CSV once, one buffer at a time, counting the characters of each cell and row and the columns of each row, and
/// says which of <see cref="ContactFileLimits"/> the file breaks first. Nothing is kept but counts, so a 50 MB cell or
/// 10,000 columns cost no more memory than a normal file; quotes are followed as the CSV reader follows them.
/// </summary>
public static class CsvLimitCheck
{
    private const int BufferSize = 64 * 1024;

    /// <returns>The first problem in words (with its line), or null when the file is within every limit.</returns>
    public static string? FirstProblem(string path, char separator)
    {
        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, BufferSize);
        var buffer = new char[BufferSize];
        var counts = new Counts();
        int read;
        while ((read = reader.Read(buffer)) > 0)
        {
            foreach (var c in buffer.AsSpan(0, read))
            {
                if (counts.Take(c, separator) is { } problem) return problem;
            }
        }
        return counts.End();
    }

    /// <summary>Where the reading is: the record's first line, its columns and characters, the current cell, the quotes.</summary>
    private sealed class Counts
    {
        private int line = 1;
        private int recordLine = 1;
        private bool isHeader = true;
        private int columns = 1;
        private long field;
        private long row;
        private bool atFieldStart = true;
        private bool quoted;
        private bool quoteInQuoted;
        private bool afterCarriageReturn;

        public string? Take(char c, char separator)
        {
            // "\r\n" ends one line, not two.
            var secondHalfOfLineBreak = c == '\n' && afterCarriageReturn;
            afterCarriageReturn = c == '\r';

            if (quoted && !quoteInQuoted)
            {
                row++;
                if (c == '"') quoteInQuoted = true;
                else
                {
                    // A line break inside quotes is part of the cell.
                    field++;
                    if (c is '\r' || (c == '\n' && !secondHalfOfLineBreak)) line++;
                }
                return null;
            }
            if (quoteInQuoted)
            {
                quoteInQuoted = false;
                // "" inside quotes is one quote character; any other character after a quote ends the quoted part.
                if (c == '"') { field++; row++; return null; }
                quoted = false;
            }
            if (secondHalfOfLineBreak) return null;

            if (c == separator)
            {
                row++;
                if (EndField() is { } problem) return problem;
                columns++;
                return null;
            }
            if (c is '\r' or '\n')
            {
                var ended = EndRecord();
                line++;
                recordLine = line;
                return ended;
            }
            row++;
            if (c == '"' && atFieldStart) quoted = true;
            else field++;
            atFieldStart = false;
            return null;
        }

        public string? End()
        {
            // An unclosed quote swallows the rest of the file into one cell: that is the problem to name, not its size.
            if (quoted && !quoteInQuoted) return CsvFileInspector.UnclosedQuote(recordLine);
            return row > 0 || columns > 1 ? EndRecord() : null;
        }

        private string? EndField()
        {
            var length = field;
            (field, atFieldStart, quoted, quoteInQuoted) = (0, true, false, false);
            if (isHeader && length > ContactFileLimits.MaxColumnNameCharacters) return ContactFileLimits.ColumnNameTooLong(columns, length);
            return length > ContactFileLimits.MaxFieldCharacters ? ContactFileLimits.FieldTooLong(recordLine, length) : null;
        }

        private string? EndRecord()
        {
            var problem = EndField()
                ?? (columns > ContactFileLimits.MaxColumns ? ContactFileLimits.TooManyColumns(isHeader ? null : recordLine, columns)
                : row > ContactFileLimits.MaxRowCharacters ? ContactFileLimits.RowTooLong(recordLine, row)
                : null);
            // An empty line is skipped by the reader, so the header is the first line with something on it.
            isHeader = isHeader && row == 0;
            (columns, row) = (1, 0);
            return problem;
        }
    }
}
