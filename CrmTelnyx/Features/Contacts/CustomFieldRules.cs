using CrmTelnyx.Validation;
namespace CrmTelnyx.Features.Contacts;

/// <summary>The limits on a contact's custom fields, checked alike by the form and the import.</summary>
public static class CustomFieldRules
{
    /// <summary>Why these custom fields cannot be saved, or null when they can.</summary>
    public static string? Error(IReadOnlyDictionary<string, string> fields)
    {
        if (fields.Count > ContactFieldLimits.CustomFieldCount) return $"At most {ContactFieldLimits.CustomFieldCount} custom fields.";
        foreach (var (name, value) in fields)
        {
            if (name.Length > ContactFieldLimits.CustomFieldName)
                return LengthLimit.TooLong($"The custom field name \"{name[..20]}…\"", name.Length, ContactFieldLimits.CustomFieldName);
            if (value.Length > ContactFieldLimits.CustomFieldValue)
                return LengthLimit.TooLong($"The custom field \"{Shorten(name)}\"", value.Length, ContactFieldLimits.CustomFieldValue);
        }
        return null;
    }

    private static string Shorten(string name) => name.Length <= 30 ? name : name[..30] + "…";
}
