using System.Globalization;
using CrmTelnyx.Features.TextCenter.QuietHours;

namespace CrmTelnyx.Features.TextCenter.Settings;

/// <summary>The Settings page's "Texting" fields, with the version they were loaded at and each field's rule.</summary>
public sealed class TextingSettingsForm
{
    public decimal? SmsRatePerPart { get; set; }
    public decimal? MmsRate { get; set; }
    public double? LocalNumberMessagesPerSecond { get; set; }
    public double? TollFreeMessagesPerSecond { get; set; }
    public double? AccountMessagesPerSecond { get; set; }
    public string CompanyTimeZone { get; set; } = "";
    public string HelpReply { get; set; } = "";
    public string OptOutConfirmation { get; set; } = "";
    public bool ProfileSendsOptOutConfirmation { get; set; }

    /// <summary>The rules in quiet-hours.json's format; the shipped file when none were saved.</summary>
    public string QuietHoursJson { get; set; } = "";

    public long Version { get; set; }

    public const int ReplyMaxLength = 320;

    public static TextingSettingsForm From(TextingSettings settings) => new()
    {
        SmsRatePerPart = settings.SmsRatePerPart,
        MmsRate = settings.MmsRate,
        LocalNumberMessagesPerSecond = settings.LocalNumberMessagesPerSecond,
        TollFreeMessagesPerSecond = settings.TollFreeMessagesPerSecond,
        AccountMessagesPerSecond = settings.AccountMessagesPerSecond,
        CompanyTimeZone = settings.CompanyTimeZone,
        HelpReply = settings.HelpReply,
        OptOutConfirmation = settings.OptOutConfirmation,
        ProfileSendsOptOutConfirmation = settings.ProfileSendsOptOutConfirmation,
        QuietHoursJson = string.IsNullOrWhiteSpace(settings.QuietHoursJson) ? QuietHoursRules.ShippedJson : settings.QuietHoursJson,
        Version = settings.Version,
    };

    public void ApplyTo(TextingSettings settings)
    {
        settings.SmsRatePerPart = SmsRatePerPart!.Value;
        settings.MmsRate = MmsRate!.Value;
        settings.LocalNumberMessagesPerSecond = LocalNumberMessagesPerSecond!.Value;
        settings.TollFreeMessagesPerSecond = TollFreeMessagesPerSecond!.Value;
        settings.AccountMessagesPerSecond = AccountMessagesPerSecond!.Value;
        settings.CompanyTimeZone = CompanyTimeZone.Trim();
        settings.HelpReply = HelpReply.Trim();
        settings.OptOutConfirmation = OptOutConfirmation.Trim();
        settings.ProfileSendsOptOutConfirmation = ProfileSendsOptOutConfirmation;
        // The shipped rules are stored as "none saved", so a later app version's shipped rules apply to them.
        settings.QuietHoursJson = IsShipped(QuietHoursJson) ? null : QuietHoursJson;
    }

    public static bool IsShipped(string json) => Normalized(json) == Normalized(QuietHoursRules.ShippedJson);

    private static string Normalized(string json) => string.Concat(json.Where(c => !char.IsWhiteSpace(c)));

    public static string? RateError(decimal? dollars) =>
        dollars is null ? "Enter a price in dollars, e.g. 0.0070."
        : dollars is < 0 or > 10 ? "From $0 to $10."
        : null;

    public static string? SpeedError(double? perSecond, double maximum) =>
        perSecond is null ? "Enter messages per second."
        : perSecond < 0.01 || perSecond > maximum ? $"From 0.01 to {maximum.ToString("N0", CultureInfo.InvariantCulture)} a second."
        : null;

    public static string? TimeZoneError(string? zone) =>
        string.IsNullOrWhiteSpace(zone) ? "Enter a time zone, e.g. America/New_York."
        : zone.Trim().Length > 64 || !TimeZoneInfo.TryFindSystemTimeZoneById(zone.Trim(), out var found) || !found.HasIanaId
            ? $"\"{zone.Trim()}\" is not a time zone this server knows; use an IANA name such as America/Chicago."
        : null;

    public static string? ReplyError(string? text, bool required) =>
        required && string.IsNullOrWhiteSpace(text) ? "Write the text."
        : (text?.Trim().Length ?? 0) > ReplyMaxLength ? $"At most {ReplyMaxLength} characters."
        : null;

    public static string? QuietHoursError(string? json) =>
        string.IsNullOrWhiteSpace(json) ? "Enter the rules (Reset puts back the shipped ones)."
        : QuietHoursRules.Check(json);

    /// <summary>Why each field cannot be saved, by property name; empty when all can.</summary>
    public Dictionary<string, string> Validate()
    {
        var errors = new Dictionary<string, string>();
        void Check(string field, string? error)
        {
            if (error is not null) errors[field] = error;
        }
        Check(nameof(SmsRatePerPart), RateError(SmsRatePerPart));
        Check(nameof(MmsRate), RateError(MmsRate));
        Check(nameof(LocalNumberMessagesPerSecond), SpeedError(LocalNumberMessagesPerSecond, 1000));
        Check(nameof(TollFreeMessagesPerSecond), SpeedError(TollFreeMessagesPerSecond, 1000));
        Check(nameof(AccountMessagesPerSecond), SpeedError(AccountMessagesPerSecond, 10_000));
        Check(nameof(CompanyTimeZone), TimeZoneError(CompanyTimeZone));
        Check(nameof(HelpReply), ReplyError(HelpReply, required: true));
        // Not needed when the messaging profile confirms opt-outs itself.
        Check(nameof(OptOutConfirmation), ReplyError(OptOutConfirmation, required: !ProfileSendsOptOutConfirmation));
        Check(nameof(QuietHoursJson), QuietHoursError(QuietHoursJson));
        return errors;
    }
}
