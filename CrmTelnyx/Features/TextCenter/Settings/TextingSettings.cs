using System.ComponentModel.DataAnnotations;
using CrmTelnyx.Data;

namespace CrmTelnyx.Features.TextCenter.Settings;

/// <summary>
/// How the company texts, edited by admins on the Settings page (one row): what a part costs (for estimates), how
/// fast numbers may send, the company's time zone (for schedules), the keyword replies, and quiet hours.
/// </summary>
public sealed class TextingSettings : IVersioned
{
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;

    /// <summary>What Telnyx charges per SMS part, carrier fees included (US).</summary>
    [Range(0, 10)]
    public decimal SmsRatePerPart { get; set; } = 0.0070m;

    /// <summary>What one MMS costs, carrier fees included (US).</summary>
    [Range(0, 10)]
    public decimal MmsRate { get; set; } = 0.0200m;

    /// <summary>Messages per second one local (10DLC) number may send, until its campaign says otherwise.</summary>
    [Range(0.01, 1000)]
    public double LocalNumberMessagesPerSecond { get; set; } = 1;

    /// <summary>Messages per second one toll-free number may send (Telnyx: 20).</summary>
    [Range(0.01, 1000)]
    public double TollFreeMessagesPerSecond { get; set; } = 20;

    /// <summary>The account's limit over all numbers (Telnyx: 50 SMS a second).</summary>
    [Range(0.01, 10_000)]
    public double AccountMessagesPerSecond { get; set; } = 50;

    /// <summary>IANA zone the company works in: scheduled blasts and "finishes today 4:40 pm" use it.</summary>
    [MaxLength(64)]
    public string CompanyTimeZone { get; set; } = "America/New_York";

    /// <summary>Sent in answer to HELP or INFO.</summary>
    [MaxLength(320)]
    public string HelpReply { get; set; } = "Reply STOP to opt out of texts. Msg & data rates may apply.";

    /// <summary>Sent once when a number opts out, unless the messaging profile already confirms.</summary>
    [MaxLength(320)]
    public string OptOutConfirmation { get; set; } = "You are unsubscribed and will get no more texts from us. Reply START to resubscribe.";

    /// <summary>
    /// Telnyx's messaging profile already answers STOP itself: the app then sends no confirmation of its own. On by
    /// default because that is how Telnyx profiles come, and because the same profile blocks the number (40300) the
    /// moment it texts STOP, so an app's own confirmation could not get through anyway.
    /// </summary>
    public bool ProfileSendsOptOutConfirmation { get; set; } = true;

    /// <summary>Quiet-hours rules edited in Settings, in quiet-hours.json's format; null means the rules shipped with the app.</summary>
    public string? QuietHoursJson { get; set; }

    public DateTime? UpdatedAt { get; set; }

    public string? UpdatedBy { get; set; }

    public long Version { get; set; }
}
