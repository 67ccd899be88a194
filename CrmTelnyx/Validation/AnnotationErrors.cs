using System.ComponentModel.DataAnnotations;

namespace CrmTelnyx.Validation;

/// <summary>A form's data-annotation rules, checked as a use case does: every rule the form breaks, by property name.</summary>
public static class AnnotationErrors
{
    /// <returns>The first message for each property that breaks a rule; empty when none does. Callers add their own rules to it.</returns>
    public static Dictionary<string, string> Of(object form)
    {
        var errors = new Dictionary<string, string>();
        var broken = new List<ValidationResult>();
        Validator.TryValidateObject(form, new ValidationContext(form), broken, validateAllProperties: true);
        foreach (var result in broken)
            foreach (var member in result.MemberNames)
                errors.TryAdd(member, result.ErrorMessage ?? "");
        return errors;
    }
}
