namespace CrmTelnyx.Features.Compliance;

/// <summary>
/// The suppression list, by phone number rather than by contact, so an opt-out outlives a deleted or
/// re-imported contact. Nothing in the app texts a number listed here.
/// </summary>
public sealed class PhoneOptOut
{
    public string Phone { get; set; } = "";
    public DateTime At { get; set; }
    public string Source { get; set; } = "";
}
