namespace CrmTelnyx.Features.Compliance.TenDlc.Campaigns;

/// <summary>Telnyx's use case names (as stored) back to the wizard's enum and words; unknown names stay as Telnyx wrote them.</summary>
public static class CampaignUseCaseNames
{
    public static CampaignUseCase? Parse(string? telnyxName) =>
        Enum.GetValues<CampaignUseCase>().Cast<CampaignUseCase?>().FirstOrDefault(u => u!.Value.TelnyxName() == telnyxName);

    public static string Words(string? telnyxName) => Parse(telnyxName)?.DisplayName() ?? telnyxName ?? "—";
}
