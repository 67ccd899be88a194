namespace CrmTelnyx.Sandbox.Control;

/// <summary>Field validation the control page's forms share.</summary>
public static class NumberRules
{
    public const string Example = "+13125550199";

    /// <summary>Null when the value is a +E.164 number, else what to fix (MudBlazor shows it under the field).</summary>
    public static string? E164Error(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null // Required says so.
        : E164.IsValid(value.Trim()) ? null
        : $"Use +E.164, e.g. {Example}.";
}
