namespace CrmTelnyx.Sandbox.Messages;

/// <summary>
/// How an outbound message ends, decided from its destination so tests can rely on it (see docs/sandbox.md):
/// a US local sender not on a provisioned 10DLC campaign → 40010 (see MessageLifecycle); marked on the control page → that code; ending 0000 → 40008; last four digits 9000–9099 (landlines) → 40001;
/// otherwise the random failure rate, else delivered.
/// </summary>
public sealed class DeliveryRules(SandboxRuntimeSettings runtime)
{
    public sealed record Outcome(string Status, string? ErrorCode, string? ErrorTitle);

    public static readonly IReadOnlyDictionary<string, string> Titles = new Dictionary<string, string>
    {
        ["40001"] = "Not routable",
        ["40002"] = "Blocked as spam - temporary",
        ["40004"] = "Rejected by destination",
        ["40006"] = "Recipient server unavailable",
        ["40008"] = "Undeliverable",
        ["40012"] = "Invalid destination number",
    };

    /// <summary>The carriers' refusal of a US local sender that is not on a provisioned 10DLC campaign; decided by the sender, not the destination.</summary>
    public static readonly Outcome NotTenDlcRegistered = Failed(TenDlc.SenderRegistration.NotRegisteredCode, TenDlc.SenderRegistration.NotRegisteredTitle);

    /// <summary>The carriers' refusal of a toll-free sender still under verification.</summary>
    public static readonly Outcome TollFreeNotVerified = Failed(TenDlc.TollFreeVerifications.NotVerifiedCode, TenDlc.TollFreeVerifications.NotVerifiedTitle);

    public static bool IsLandline(string phoneNumber) => phoneNumber.Length >= 4 && phoneNumber[^4..^2] == "90";

    public Outcome Decide(string to)
    {
        if (runtime.FailingDestinations.TryGetValue(to, out var code)) return Failed(code);
        if (to.EndsWith("0000", StringComparison.Ordinal)) return Failed("40008");
        if (IsLandline(to)) return Failed("40001");
        if (runtime.RandomFailureRate > 0 && Random.Shared.NextDouble() < runtime.RandomFailureRate) return Failed("40008");
        return new Outcome("delivered", null, null);
    }

    private static Outcome Failed(string code) => Failed(code, Titles.GetValueOrDefault(code, "Delivery failed"));

    private static Outcome Failed(string code, string title) => new("delivery_failed", code, title);
}
