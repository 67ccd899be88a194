using System.Globalization;

namespace CrmTelnyx.Features.Numbers;

/// <summary>Whether a number's figures cross the health settings' thresholds, and the reason in words with the figures.</summary>
public static class NumberHealthRule
{
    /// <summary>Too few texts say nothing about a number: it is judged only from the settings' minimum sample on.</summary>
    public static bool IsJudged(NumberActivity figures, NumberHealthSettings settings) => figures.TextsSent >= settings.MinimumSample;

    /// <param name="period">The texts judged, for the reason: "in the last 7 days".</param>
    /// <returns>Why the number is unhealthy, or null when it is within both thresholds (or not judged).</returns>
    public static string? ProblemOf(NumberActivity figures, NumberHealthSettings settings, string period)
    {
        if (!IsJudged(figures, settings)) return null;
        // Rounded away from the threshold, so a rate just past it never reads as equal to it.
        var problems = new List<string>(2);
        if (figures.DeliveryRatePercent is { } delivered && delivered < settings.MinimumDeliveryRatePercent)
            problems.Add($"Delivered {Percent(Math.Floor(delivered * 10) / 10)} of {Texts(figures.Finished)} {period} (below {Percent(settings.MinimumDeliveryRatePercent)})");
        if (figures.OptOutRatePercent is { } optOuts && optOuts > settings.MaximumOptOutRatePercent)
            problems.Add($"{figures.OptOuts} opt-outs from {Texts(figures.TextsSent)} {period}: {Percent(Math.Ceiling(optOuts * 10) / 10)} (above {Percent(settings.MaximumOptOutRatePercent)})");
        return problems.Count == 0 ? null : string.Join("; ", problems) + ".";
    }

    public static string Period(int windowDays) => windowDays == 1 ? "in the last day" : $"in the last {windowDays} days";

    public static string Percent(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture) + "%";

    private static string Texts(int count) => count == 1 ? "1 text" : $"{count} texts";
}
