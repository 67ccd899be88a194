using CrmTelnyx.Features.Contacts;

namespace CrmTelnyx.Features.Compliance;

/// <summary>One change of a contact's consent: who, when, how and why.</summary>
public sealed class ConsentEvent
{
    /// <summary>The reason staff type when they record a change (RecordConsent); generated details stay within <see cref="DetailMaxLength"/>.</summary>
    public const int ReasonMaxLength = 300;
    public const int DetailMaxLength = 500;
    public const int ActorMaxLength = 256;

    public long Id { get; set; }
    public long ContactId { get; set; }
    public ConsentStatus Status { get; set; }
    public ConsentSource Source { get; set; }
    public string Detail { get; set; } = "";
    public string Actor { get; set; } = "";
    public DateTime At { get; set; }
}

public enum ConsentSource
{
    CreatedByStaff,
    Imported,
    SmsKeyword,
    SetByStaff,
}
