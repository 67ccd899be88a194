using System.Net.Mail;

namespace CrmTelnyx.Validation;

/// <summary>
/// The one e-mail rule every form, import and use case checks by: a mailbox as people type it (name@example.com), at most
/// <see cref="MaxLength"/> characters. MailAddress alone accepts display names, angle brackets and dotless domains ("a@b").
/// </summary>
public static class EmailAddressRule
{
    /// <summary>The longest address SMTP can carry (RFC 5321's 256-character path less its angle brackets).</summary>
    public const int MaxLength = 254;
    private const int MaxLocalPart = 64;
    private const string Forbidden = "<>()[]\\,;:\" ";

    public const string Invalid = "Enter an email address like name@example.com.";
    public static readonly string TooLong = $"At most {MaxLength} characters.";

    /// <summary>Why the address cannot be used, or null when it can (or is empty: whether one is required is the caller's rule).</summary>
    public static string? Error(string? email)
    {
        if (string.IsNullOrWhiteSpace(email)) return null;
        var address = email.Trim();
        if (address.Length > MaxLength) return TooLong;
        return IsMailbox(address) ? null : Invalid;
    }

    private static bool IsMailbox(string address)
    {
        var at = address.IndexOf('@');
        if (at <= 0 || at != address.LastIndexOf('@') || at > MaxLocalPart) return false;
        if (address.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || Forbidden.Contains(c))) return false;
        var local = address[..at];
        if (local.StartsWith('.') || local.EndsWith('.') || local.Contains("..", StringComparison.Ordinal)) return false;
        var labels = address[(at + 1)..].Split('.');
        if (labels.Length < 2 || !labels.All(IsDomainLabel) || labels[^1].All(char.IsAsciiDigit)) return false;
        return MailAddress.TryCreate(address, out var parsed) && parsed.Address == address && parsed.DisplayName.Length == 0;
    }

    /// <summary>Letters (international ones too), digits and inner hyphens, 1–63 characters.</summary>
    private static bool IsDomainLabel(string label) =>
        label.Length is > 0 and <= 63 && label[0] != '-' && label[^1] != '-' && label.All(c => char.IsLetterOrDigit(c) || c == '-');
}
