namespace CrmTelnyx.Features.Numbers;

/// <summary>
/// A release is confirmed by typing the number: "(312) 555-0141", "312-555-0141", "3125550141", "+1 312 555 0141" all
/// confirm +13125550141. Only the digits count; letters or a different number do not confirm.
/// </summary>
public static class ReleaseConfirmation
{
    private const string Punctuation = " +-().";

    public static bool Matches(string? typed, string e164)
    {
        if (string.IsNullOrWhiteSpace(typed) || typed.Any(c => !char.IsAsciiDigit(c) && !Punctuation.Contains(c))) return false;
        var digits = new string(typed.Where(char.IsAsciiDigit).ToArray());
        var wanted = e164.TrimStart('+');
        // A US/Canada number is usually typed without its country code.
        return digits == wanted || (wanted.Length == 11 && wanted[0] == '1' && digits == wanted[1..]);
    }
}
