using Microsoft.AspNetCore.Identity;

namespace CrmTelnyx.Features.Users;

/// <summary>What an admin's change to a user came to: a sentence saying what was done, or why it was refused.</summary>
/// <param name="ChangedMeanwhile">Refused because someone else changed the user after the admin's page was loaded.</param>
public sealed record UserChangeResult(string? Done, IReadOnlyList<string> Errors, bool ChangedMeanwhile = false)
{
    public bool Succeeded => Errors.Count == 0;

    public static UserChangeResult Success(string done) => new(done, []);

    public static UserChangeResult Refused(params IEnumerable<string> errors) => new(null, errors.ToList());

    /// <summary>Identity's errors in words; its optimistic-concurrency failure (someone saved the user between our read and write) too.</summary>
    public static UserChangeResult Refused(IdentityResult result) =>
        result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.ConcurrencyFailure))
            ? Meanwhile("Someone else changed this user at the same moment, so nothing was changed: look at the page again and retry.")
            : Refused(result.Errors.Select(e => e.Description));

    public static UserChangeResult Meanwhile(string what) => new(null, [what], ChangedMeanwhile: true);

    public static readonly UserChangeResult NoSuchUser = Refused("There is no such user.");
}
