using System.Globalization;

namespace CrmTelnyx.Features.Contacts.Import;

/// <summary>
/// The most one contact file may hold, checked when it is uploaded. Real exports stay far below them (a wide CRM export
/// has about 60 columns, a long note a few thousand characters); they are there so a broken or hostile file is refused
/// in words at once, and so every page and import that reads an accepted file holds only small cells and rows.
/// </summary>
public static class ContactFileLimits
{
    /// <summary>The file, in bytes (100 MB: about a million contacts).</summary>
    public const long MaxBytes = 100 * 1024 * 1024;

    /// <summary>Columns in any row, the header included: the mapping step shows a choice for each.</summary>
    public const int MaxColumns = 200;

    /// <summary>Characters in one cell (64 K: sixteen times the Notes field's own limit).</summary>
    public const int MaxFieldCharacters = 65_536;

    /// <summary>Characters in one row, quotes and separators included: a few full cells, never all 200 of them.</summary>
    public const int MaxRowCharacters = 1_048_576;

    /// <summary>
    /// Characters in a column's name in the header row (survey exports ask long questions): it labels a choice on the
    /// mapping step and may name a custom field.
    /// </summary>
    public const int MaxColumnNameCharacters = 1_000;

    /// <summary>
    /// The CSV reader's buffer bound, in bytes: a checked row (at most 3 UTF-8 bytes per character) always fits, and a
    /// file that was never checked cannot make the reader hold more.
    /// </summary>
    public const int MaxRowBytes = 3 * MaxRowCharacters + 2;

    public static string TooBig(long? bytes) =>
        $"The file {(bytes is { } b ? $"is {Megabytes(b)}, " : "is ")}larger than {Megabytes(MaxBytes)}, the most one import takes. Split it into smaller files.";

    /// <param name="line">The row's line, or null for the header row.</param>
    public static string TooManyColumns(int? line, int columns) => line is { } l
        ? $"Line {N(l)} has {N(columns)} columns; at most {N(MaxColumns)} are supported."
        : $"The file has {N(columns)} columns; at most {N(MaxColumns)} are supported.";

    public static string FieldTooLong(int line, long characters) =>
        $"Line {N(line)} has a field of {N(characters)} characters; the most a contact file may hold in one field is {N(MaxFieldCharacters)}.";

    public static string RowTooLong(int line, long characters) =>
        $"Line {N(line)} has {N(characters)} characters; the most a contact file may hold in one row is {N(MaxRowCharacters)}.";

    public static string ColumnNameTooLong(int column, long characters) =>
        $"The name of column {N(column)} in the header row has {N(characters)} characters; a column name may have at most {N(MaxColumnNameCharacters)}.";

    private static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Megabytes(long bytes) => $"{(bytes / 1024.0 / 1024.0).ToString("#,0.#", CultureInfo.InvariantCulture)} MB";
}
