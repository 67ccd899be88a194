using Microsoft.AspNetCore.Identity;

namespace CrmTelnyx.Features.Users;

/// <summary>What an admin's change to a user came to: a sentence saying what was done, or why it was refused.</summary>
public sealed record UserChangeResult(string? Done, IReadOnlyList<string> Errors)
{
    public bool Succeeded => Errors.Count == 0;

    public static UserChangeResult Success(string done) => new(done, []);

    public static UserChangeResult Refused(params IEnumerable<string> errors) => new(null, errors.ToList());

    public static UserChangeResult Refused(IdentityResult result) => Refused(result.Errors.Select(e => e.Description));

    public static readonly UserChangeResult NoSuchUser = Refused("There is no such user.");
}
