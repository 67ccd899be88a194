namespace CrmTelnyx.Phones;

/// <summary>The outcome of reading a typed or imported phone number: an E.164 number, or a sentence saying why not.</summary>
/// <param name="E164">"+1NXXNXXXXXX" when the input is a usable US/Canada number; otherwise null.</param>
/// <param name="Error">A sentence for office staff, shown next to the CSV line; null when valid.</param>
public readonly record struct PhoneNormalization(string? E164, string? Error)
{
    public bool IsValid => E164 is not null;

    public static PhoneNormalization Valid(string e164) => new(e164, null);

    public static PhoneNormalization Invalid(string error) => new(null, error);
}
