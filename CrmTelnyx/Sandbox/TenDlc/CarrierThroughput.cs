namespace CrmTelnyx.Sandbox.TenDlc;

/// <summary>
/// What carriers grant a campaign, from its brand's vetting score. Figures from AT&amp;T's 10DLC message-class table
/// (SMS/MMS per minute: A 4500/2400, C 2400/1200, E 240/150, T 75/50, sole proprietor W 15/50) and T-Mobile's daily
/// brand caps (Uncapped 200,000, High 40,000, Low 2,000, sole proprietor 1,000).
/// </summary>
public sealed record CarrierThroughput(string AttClass, int AttTpm, int AttMmsTpm, string TMobileTier, int TMobileDailyCap)
{
    public static CarrierThroughput For(bool soleProprietor, int? vettingScore) => (soleProprietor, vettingScore ?? 0) switch
    {
        (true, _) => new("W", 15, 50, "SOLE_PROPRIETOR", 1_000),
        (_, >= 75) => new("A", 4_500, 2_400, "UNCAPPED", 200_000),
        (_, >= 50) => new("C", 2_400, 1_200, "HIGH", 40_000),
        (_, >= 1) => new("E", 240, 150, "LOW", 2_000),
        _ => new("T", 75, 50, "LOW", 2_000),
    };
}
