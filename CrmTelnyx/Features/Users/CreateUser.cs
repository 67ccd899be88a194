using System.ComponentModel.DataAnnotations;
using CrmTelnyx.Identity;
using CrmTelnyx.Validation;
using Microsoft.AspNetCore.Identity;

namespace CrmTelnyx.Features.Users;

/// <summary>What an admin fills in for a new user; the form shows these rules by the field.</summary>
public sealed class NewUserInput
{
    [Required(ErrorMessage = "Enter the person's name."), StringLength(AppUser.DisplayNameMaxLength, ErrorMessage = LengthLimit.AtMostFormat)]
    public string DisplayName { get; set; } = "";

    [Required(ErrorMessage = "Enter an email address."), EmailAddressRule]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "Enter a password.")]
    public string Password { get; set; } = "";

    [Required(ErrorMessage = "Choose a role."), AllowedValues(AppRoles.Admin, AppRoles.Manager, AppRoles.Staff, AppRoles.Agent, ErrorMessage = "Choose one of the roles.")]
    public string Role { get; set; } = AppRoles.Staff;
}

/// <summary>The new user's id, or what was wrong, each error named by the field it belongs to ("" for none).</summary>
public sealed record CreateUserResult(string? UserId, IReadOnlyList<(string Field, string Text)> Errors)
{
    public bool Succeeded => UserId is not null;

    public IEnumerable<string> ErrorsFor(string field) => Errors.Where(e => e.Field == field).Select(e => e.Text);
}

/// <summary>Creates an account that can sign in at once with one role (an admin hands over the password).</summary>
public sealed class CreateUser(UserManager<AppUser> users, TimeProvider time, ILogger<CreateUser> logger)
{
    public async Task<CreateUserResult> CreateAsync(NewUserInput input)
    {
        var invalid = new List<ValidationResult>();
        if (!Validator.TryValidateObject(input, new ValidationContext(input), invalid, validateAllProperties: true))
            return new(null, invalid.Select(v => (v.MemberNames.FirstOrDefault() ?? "", v.ErrorMessage ?? "Not valid.")).ToList());

        var email = input.Email.Trim();
        var user = new AppUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = input.DisplayName.Trim(),
            CreatedAt = time.GetUtcNow(),
        };
        var result = await users.CreateAsync(user, input.Password);
        if (result.Succeeded) result = await users.AddToRoleAsync(user, input.Role);
        if (!result.Succeeded) return new(null, ErrorsByField(result.Errors));

        logger.LogInformation("Created user {Email} as {Role}", user.Email, input.Role);
        return new(user.Id, []);
    }

    /// <summary>
    /// Identity's errors put by the field they are about. The user name is the email, so a taken address is reported
    /// twice (user name and email): once is enough.
    /// </summary>
    private static List<(string Field, string Text)> ErrorsByField(IEnumerable<IdentityError> errors)
    {
        var list = errors.ToList();
        if (list.Any(e => e.Code == nameof(IdentityErrorDescriber.DuplicateEmail)))
            list.RemoveAll(e => e.Code == nameof(IdentityErrorDescriber.DuplicateUserName));
        return list.Select(e => (FieldOf(e.Code), e.Description)).ToList();
    }

    private static string FieldOf(string code) => code switch
    {
        _ when code.StartsWith("Password", StringComparison.Ordinal) => nameof(NewUserInput.Password),
        _ when code.Contains("Email", StringComparison.Ordinal) || code.Contains("UserName", StringComparison.Ordinal) => nameof(NewUserInput.Email),
        _ => "",
    };
}
