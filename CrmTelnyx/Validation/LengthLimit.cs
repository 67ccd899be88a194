using System.Globalization;

namespace CrmTelnyx.Validation;

/// <summary>The words and the database check for a text field's length limit, the same for every field that has one.</summary>
public static class LengthLimit
{
    /// <summary>StringLength's message: {1} is its maximum, so the words follow the limit.</summary>
    public const string AtMostFormat = "At most {1:N0} characters.";

    /// <summary>"At most 4,000 characters." — what a form shows by a field past its limit.</summary>
    public static string AtMost(int limit) => string.Create(CultureInfo.InvariantCulture, $"At most {limit:N0} characters.");

    /// <summary>"Notes is 52,428,800 characters long; at most 4,000." — for an import row, where the field is not in view.</summary>
    public static string TooLong(string field, int length, int limit) =>
        string.Create(CultureInfo.InvariantCulture, $"{field} is {length:N0} characters long; at most {limit:N0}.");

    /// <summary>The CHECK constraint that makes the database itself refuse a longer value (SQLite ignores column sizes).</summary>
    public static string Check(string column, int limit) => $"length(\"{column}\") <= {limit}";
}
