namespace CrmTelnyx.Features.TextCenter.QuietHours;

/// <summary>What quiet hours say about texting one recipient: go now, or wait until SendAt (UTC). Nothing is dropped.</summary>
public sealed record QuietHoursDecision(bool AllowedNow, DateTimeOffset SendAt);

/// <summary>
/// The one call a sender needs: may this recipient be texted now, and if not, when. Pure: no database, the time comes
/// from the <see cref="TimeProvider"/> (or is passed in), the rules from quiet-hours.json.
/// </summary>
public sealed class QuietHoursCheck(TimeProvider clock)
{
    public QuietHoursDecision Decide(string phoneE164, string? contactState) =>
        DecideAt(phoneE164, contactState, clock.GetUtcNow());

    public static QuietHoursDecision DecideAt(string phoneE164, string? contactState, DateTimeOffset instant)
    {
        var constraints = QuietHoursRecipient.ConstraintsFor(phoneE164, contactState);
        var sendAt = QuietHoursCalculator.NextAllowed(constraints, instant);
        return new QuietHoursDecision(sendAt == instant.ToUniversalTime(), sendAt);
    }
}
