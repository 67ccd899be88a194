using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CrmTelnyx.Data;

/// <summary>
/// SQLite cannot compare or sort DateTimeOffset columns in queries; stored as UTC DateTime text they sort and compare
/// correctly. Use on instants that queries filter or order by.
/// </summary>
public sealed class UtcDateTimeOffsetConverter() : ValueConverter<DateTimeOffset, DateTime>(
    value => value.UtcDateTime,
    stored => new DateTimeOffset(DateTime.SpecifyKind(stored, DateTimeKind.Utc)));
