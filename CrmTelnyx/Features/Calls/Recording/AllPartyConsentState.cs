namespace CrmTelnyx.Features.Calls.Recording;

/// <summary>A state whose law needs every party's consent to record, as listed in all-party-consent-states.csv.</summary>
/// <param name="State">Two-letter USPS code, e.g. "CA".</param>
/// <param name="AppliesToPhoneCalls">False where only in-person conversations need everyone's consent (Oregon).</param>
/// <param name="Note">What the rule covers and any doubt about it, in a sentence.</param>
/// <param name="Source">The statute, e.g. "Cal. Penal Code § 632".</param>
public sealed record AllPartyConsentState(string State, string Name, bool AppliesToPhoneCalls, string Note, string Source);
