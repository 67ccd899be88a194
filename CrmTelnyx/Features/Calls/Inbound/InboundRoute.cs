using CrmTelnyx.Data;
using CrmTelnyx.Features.Calls.Routing;

namespace CrmTelnyx.Features.Calls.Inbound;

/// <summary>
/// How calls to one company number are answered: business hours in a time zone with holidays, which agents ring and
/// how, and the voicemail greeting. A number without a route rings every available agent at any hour.
/// </summary>
public sealed class InboundRoute : IVersioned
{
    public const string DefaultGreeting = "Sorry, nobody can take your call right now. Please leave a message after the tone.";

    public long Id { get; set; }

    /// <summary>The company number (+E.164) this route answers.</summary>
    public required string PhoneNumber { get; set; }

    /// <summary>Open hours as <see cref="BusinessHoursText"/> reads them, e.g. "Mon-Fri 09:00-17:00"; empty is always open.</summary>
    public string Hours { get; set; } = "";

    public string TimeZone { get; set; } = "America/New_York";

    /// <summary>Closed dates, yyyy-MM-dd, one per line.</summary>
    public string Holidays { get; set; } = "";

    public RingStrategy Strategy { get; set; } = RingStrategy.Simultaneous;

    public int RingTimeoutSeconds { get; set; } = 20;

    public string VoicemailGreeting { get; set; } = DefaultGreeting;

    /// <summary>An uploaded recording played instead of <see cref="VoicemailGreeting"/>: its stored file's name (random, see <see cref="Audio.UploadedAudioFiles"/>).</summary>
    public string? GreetingAudioFile { get; set; }

    /// <summary>The uploaded file's own name, to show the admin which recording is in use.</summary>
    public string? GreetingAudioName { get; set; }

    /// <summary>Spoken first when the route has a menu, e.g. "For sales press 1, for support press 2."</summary>
    public string? MenuGreeting { get; set; }

    /// <summary>The menu's keys, one per line as <see cref="MenuOptionsText"/> reads them: "1 Sales: ann@example.com, bob@example.com".</summary>
    public string MenuOptions { get; set; } = "";

    /// <summary>Round robin starts after the agent rung first last time.</summary>
    public string? LastRungAgentId { get; set; }

    public DateTime? UpdatedAt { get; set; }

    public string? UpdatedBy { get; set; }

    public long Version { get; set; }
}
