using System.ComponentModel.DataAnnotations;
using CrmTelnyx.Validation;

namespace CrmTelnyx.Identity;

/// <summary>The first admin account (Admin:Email, Admin:Password; env Admin__Email, Admin__Password). Empty means unset.</summary>
public sealed class AdminOptions : IValidatableObject
{
    public const string Section = "Admin";
    public const string DefaultEmail = "admin@crmtelnyx.local";

    public string? Email { get; set; }

    public string? Password { get; set; }

    public string EmailOrDefault => string.IsNullOrWhiteSpace(Email) ? DefaultEmail : Email.Trim();

    public bool HasPassword => !string.IsNullOrEmpty(Password);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (EmailAddressRule.Error(Email) is not null)
            yield return new ValidationResult($"Admin:Email must be an email address, not '{Email}'.", [nameof(Email)]);
        if (HasPassword && Password!.Length < UserPasswordRules.MinimumLength)
            yield return new ValidationResult($"Admin:Password must be at least {UserPasswordRules.MinimumLength} characters.", [nameof(Password)]);
    }
}
