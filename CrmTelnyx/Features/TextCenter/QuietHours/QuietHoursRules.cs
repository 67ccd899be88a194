using System.Collections.Frozen;

namespace CrmTelnyx.Features.TextCenter.QuietHours;

/// <summary>
/// The quiet-hours rules in force: those shipped in quiet-hours.json, or the ones an admin saved in Settings
/// (<see cref="Use"/>, loaded at start and replaced on save). The default window and the stricter windows some states'
/// telemarketing laws set; a state's rule is always tightened by the default, never looser.
/// </summary>
public static class QuietHoursRules
{
    internal const string ResourceName = "CrmTelnyx.Features.TextCenter.QuietHours.quiet-hours.json";

    private static readonly Lazy<RuleTable> Shipped = new(() => RuleTable.From(OpenResource()));

    // One process, one set of rules: the static calls (QuietHoursCheck.DecideAt) read whatever was set last.
    private static volatile RuleTable? saved;

    private static RuleTable Table => saved ?? Shipped.Value;

    /// <summary>Changes each time the rules are replaced, so what is computed from them can be recomputed.</summary>
    internal static object Version => Table;

    /// <summary>The rules as shipped with the app (Settings' "reset").</summary>
    public static string ShippedJson
    {
        get
        {
            using var reader = new StreamReader(OpenResource());
            return reader.ReadToEnd();
        }
    }

    /// <summary>Uses <paramref name="json"/> (quiet-hours.json's format) from now on; null or blank goes back to the shipped rules.</summary>
    /// <exception cref="InvalidDataException">The rules are wrong; the ones in force stay.</exception>
    public static void Use(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            saved = null;
            return;
        }
        saved = RuleTable.From(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json)));
    }

    /// <summary>Why <paramref name="json"/> cannot be used, in words, or null when it can.</summary>
    public static string? Check(string json)
    {
        try
        {
            RuleTable.From(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json)));
            return null;
        }
        catch (InvalidDataException e)
        {
            return e.Message;
        }
        catch (System.Text.Json.JsonException e)
        {
            return $"quiet hours: not valid JSON ({e.Message.Split(". Path:")[0]}).";
        }
    }

    public static QuietHoursRule Default => Table.Default;

    /// <summary>Every state with its own rule (already tightened by the default), by state code.</summary>
    public static IReadOnlyCollection<QuietHoursRule> States => Table.ByState.Values;

    /// <summary>The rule for a two-letter state (any case); the default when the state has none or is unknown.</summary>
    public static QuietHoursRule For(string? state)
    {
        var table = Table;
        return state is null ? table.Default : table.ByState.GetValueOrDefault(state.Trim().ToUpperInvariant(), table.Default);
    }

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
