using System.ComponentModel.DataAnnotations;

namespace CrmTelnyx.Validation;

/// <summary><see cref="EmailAddressRule"/> as a validation attribute, for forms bound to a model (MudForm's For, Validator).</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class EmailAddressRuleAttribute : ValidationAttribute
{
    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext) =>
        EmailAddressRule.Error(value as string) is { } error
            ? new ValidationResult(error, validationContext.MemberName is { } member ? [member] : null)
            : ValidationResult.Success;
}
