namespace CrmTelnyx.Features.Calls.Routing;

/// <summary>
/// A spoken menu before ringing: the greeting (which should name the options, "Press 1 for sales…") and which agent
/// group each digit '1'..'9' sends the caller to.
/// </summary>
public sealed record RoutingMenu(string Greeting, IReadOnlyDictionary<char, string> Options)
{
    /// <summary>The group a pressed key picks; false for a key that is not an option, or for no key at all.</summary>
    public bool TryChoose(string? digits, out string groupName)
    {
        groupName = "";
        return digits is { Length: 1 } && Options.TryGetValue(digits[0], out groupName!);
    }
}
