using System.Collections.Frozen;

namespace CrmTelnyx.Features.TextCenter.QuietHours;

/// <summary>
/// The quiet-hours rules shipped in quiet-hours.json, read once on first use: the default window and the stricter
/// windows some states' telemarketing laws set. A state's rule is always tightened by the default, never looser.
/// </summary>
public static class QuietHoursRules
{
    internal const string ResourceName = "CrmTelnyx.Features.TextCenter.QuietHours.quiet-hours.json";

    private static readonly Lazy<RuleTable> Table = new(() => RuleTable.From(OpenResource()));

    public static QuietHoursRule Default => Table.Value.Default;

    /// <summary>Every state with its own rule (already tightened by the default), by state code.</summary>
    public static IReadOnlyCollection<QuietHoursRule> States => Table.Value.ByState.Values;

    /// <summary>The rule for a two-letter state (any case); the default when the state has none or is unknown.</summary>
    public static QuietHoursRule For(string? state) =>
        state is null ? Default : Table.Value.ByState.GetValueOrDefault(state.Trim().ToUpperInvariant(), Default);

    internal sealed record RuleTable(QuietHoursRule Default, FrozenDictionary<string, QuietHoursRule> ByState)
    {
        public static RuleTable From(Stream json)
        {
            using (json)
            {
                var (defaultRule, states) = QuietHoursFile.Read(json);
                return new RuleTable(
                    defaultRule,
                    states.ToFrozenDictionary(rule => rule.State!, rule => rule.TightenedBy(defaultRule)));
            }
        }
    }

    private static Stream OpenResource() =>
        typeof(QuietHoursRules).Assembly.GetManifestResourceStream(ResourceName)
        ?? throw new InvalidOperationException(
            $"Embedded resource {ResourceName} is missing: check the EmbeddedResource item in CrmTelnyx.csproj.");
}
