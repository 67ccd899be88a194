using Microsoft.AspNetCore.Identity;

namespace CrmTelnyx.Identity;

public sealed class AppUser : IdentityUser
{
    public const int DisplayNameMaxLength = 100;

    public string DisplayName { get; set; } = "";

    /// <summary>A disabled user cannot sign in; existing sessions end at the next security-stamp check.</summary>
    public bool IsDisabled { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public bool PrefersDarkMode { get; set; }

    /// <summary>Takes inbound calls now (the app bar's toggle); the user's own phone is <see cref="IdentityUser.PhoneNumber"/>.</summary>
    public bool IsAvailableForCalls { get; set; }
}
