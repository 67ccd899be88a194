namespace CrmTelnyx.Features.TextCenter.Blasts;

/// <summary>
/// The company number a phone was last texted from by a blast, so its next blast comes from the number it knows
/// (sticky sender). Kept by phone, not by contact, like the suppression list.
/// </summary>
public sealed class StickySender
{
    /// <summary>The recipient, E.164.</summary>
    public required string Phone { get; set; }

    /// <summary>The company number, E.164.</summary>
    public required string SenderNumber { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
