namespace CrmTelnyx.Features.Compliance.TenDlc.Campaigns;

/// <summary>
/// Whether a blast's text fits the use case its senders' campaigns were registered for: carriers filter traffic
/// that does not match (a sale sent on an account-notification campaign), and repeated mismatches suspend the campaign.
/// </summary>
public static class CampaignUseCaseFit
{
    /// <param name="useCases">Telnyx use case names of the chosen senders' campaigns.</param>
    /// <returns>The warning in words, or null when the text fits them all.</returns>
    public static string? Warning(string? text, bool markedMarketing, IEnumerable<string> useCases)
    {
        var promotion = string.IsNullOrWhiteSpace(text) ? null : CampaignTextPatterns.Promotion().Match(text) is { Success: true } m ? m.Value : null;
        if (!markedMarketing && promotion is null) return null;
        var misfits = useCases.Distinct()
            .Where(u => CampaignUseCaseNames.Parse(u) is not { } known || !known.MayPromote())
            .Select(CampaignUseCaseNames.Words).ToList();
        if (misfits.Count == 0) return null;
        var why = promotion is not null ? $"It reads as marketing (\u201c{promotion}\u201d)" : "It is marked as marketing";
        return $"{why}, but some senders are registered on a 10DLC campaign for {string.Join(", ", misfits)}. Carriers filter texts that do not fit the campaign's use case: send it from numbers on a marketing or mixed campaign.";
    }
}
