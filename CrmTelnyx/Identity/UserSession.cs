namespace CrmTelnyx.Identity;

/// <summary>
/// One sign-in: its id travels in the sign-in cookie, so signing out (here or everywhere) ends it on the server and a
/// copy of the cookie stops working with it.
/// </summary>
public sealed class UserSession
{
    public Guid Id { get; set; }

    public string UserId { get; set; } = "";

    public DateTime CreatedAt { get; set; }

    /// <summary>When the session was last used, to within <see cref="SignInSessions.CheckFor"/>.</summary>
    public DateTime LastSeenAt { get; set; }

    public DateTime? EndedAt { get; set; }

    /// <summary>Where the person signed in from, for them to recognise it: browser, system and address.</summary>
    public string Client { get; set; } = "";

    public const int ClientMaxLength = 200;
}
