namespace CrmTelnyx.Features.TextCenter.Blasts.Progress;

/// <summary>
/// Telnyx's messaging error codes in words, for a failure recorded with a code but no detail (reference:
/// shared/reference/TELNYX-API.md §Messaging). The recorded detail wins when there is one.
/// </summary>
public static class CarrierErrorWords
{
    private static readonly Dictionary<string, string> Words = new()
    {
        ["10002"] = "Invalid phone number",
        ["10016"] = "The number is not in +E.164 form",
        ["40001"] = "Not a mobile number (landline or not routable)",
        ["40002"] = "Blocked as spam by the carrier (temporary)",
        ["40003"] = "Blocked as spam by the carrier",
        ["40004"] = "Rejected by the recipient's carrier",
        ["40005"] = "Expired in transit",
        ["40006"] = "The recipient's phone is unavailable",
        ["40008"] = "Undeliverable",
        ["40010"] = "Not 10DLC registered: the sender number has no approved 10DLC campaign",
        ["40012"] = "Invalid destination number",
        ["40014"] = "Expired in Telnyx's queue (not billed)",
        ["40016"] = "T-Mobile's daily limit for the campaign was reached",
        ["40017"] = "Rejected as spam by AT&T",
        ["40300"] = "Opted out: the recipient texted STOP to this sender",
        ["40310"] = "Invalid recipient number",
        ["40315"] = "The sender number is unhealthy",
        ["40329"] = "Toll-free number not verified",
        ["40333"] = "The account's spend limit was reached",
    };

    public static string For(string? code, string? detail) =>
        !string.IsNullOrWhiteSpace(detail) ? detail
        : code is not null && Words.TryGetValue(code, out var words) ? words
        : code is null ? "Failed without an error code" : $"Error {code}";
}
