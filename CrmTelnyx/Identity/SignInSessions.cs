using System.Collections.Concurrent;
using System.Security.Claims;
using CrmTelnyx.Data;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace CrmTelnyx.Identity;

/// <summary>
/// The server's record of who is signed in where (<see cref="UserSession"/>). Every request and every open page asks
/// whether its session is still on; a yes is remembered for <see cref="CheckFor"/> so a busy page costs no database
/// read per request, and ending a session forgets it at once and closes its open pages.
/// </summary>
public sealed class SignInSessions(
    IDbContextFactory<CrmDbContext> contexts,
    IMemoryCache cache,
    OpenCircuits circuits,
    TimeProvider time,
    IOptionsMonitor<CookieAuthenticationOptions> cookies)
{
    /// <summary>The claim in the sign-in cookie that names its session.</summary>
    public const string ClaimType = "crm:session";

    public static readonly TimeSpan CheckFor = TimeSpan.FromSeconds(30);

    // Writing "last seen" on every check would be a write per request; a few minutes' precision is plenty.
    private static readonly TimeSpan SeenPrecision = TimeSpan.FromMinutes(5);

    // Sessions ended here lately: a check that read the row a moment before it ended must not remember it as on.
    private readonly ConcurrentDictionary<Guid, DateTimeOffset> endedLately = new();

    /// <summary>A session unused for as long as the cookie lasts is over, whatever copy of the cookie turns up later.</summary>
    public TimeSpan IdleTimeout => cookies.Get(IdentityConstants.ApplicationScheme).ExpireTimeSpan;

    public static Guid? IdOf(ClaimsPrincipal user) => Guid.TryParse(user.FindFirstValue(ClaimType), out var id) ? id : null;

    /// <summary>Records a new sign-in and returns the claim its cookie carries.</summary>
    public async Task<Claim> StartAsync(string userId, string client)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var session = new UserSession
        {
            Id = Guid.NewGuid(), UserId = userId, CreatedAt = now, LastSeenAt = now,
            Client = client.Length > UserSession.ClientMaxLength ? client[..UserSession.ClientMaxLength] : client,
        };
        await using var db = await contexts.CreateDbContextAsync();
        db.UserSessions.Add(session);
        await db.SaveChangesAsync();
        return new Claim(ClaimType, session.Id.ToString());
    }

    /// <summary>Whether this signed-in user's session is still on. A sign-in without a session (an older cookie) is not.</summary>
    public async Task<bool> IsActiveAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        if (IdOf(user) is not { } id || user.FindFirstValue(ClaimTypes.NameIdentifier) is not { } userId) return false;
        if (endedLately.ContainsKey(id)) return false;
        if (cache.TryGetValue(CacheKey(id), out _)) return true;

        var now = time.GetUtcNow().UtcDateTime;
        var idleSince = now - IdleTimeout;
        await using var db = await contexts.CreateDbContextAsync();
        var lastSeen = await db.UserSessions.AsNoTracking()
            .Where(s => s.Id == id && s.UserId == userId && s.EndedAt == null && s.LastSeenAt > idleSince)
            .Select(s => (DateTime?)s.LastSeenAt).FirstOrDefaultAsync(cancellationToken);
        if (lastSeen is null) return false;
        if (lastSeen < now - SeenPrecision)
            await db.UserSessions.Where(s => s.Id == id).ExecuteUpdateAsync(s => s.SetProperty(x => x.LastSeenAt, now), cancellationToken);

        cache.Set(CacheKey(id), true, CheckFor);
        // Ended while we read: forget it again, so the next request is refused.
        if (endedLately.ContainsKey(id)) cache.Remove(CacheKey(id));
        return true;
    }

    /// <summary>Ends the session this user is signed in with (sign-out), and its open pages.</summary>
    public async Task EndAsync(ClaimsPrincipal user)
    {
        if (IdOf(user) is { } id && user.FindFirstValue(ClaimTypes.NameIdentifier) is { } userId) await EndAsync(userId, id);
    }

    /// <summary>Ends one of a user's sessions and its open pages; false when it was not on (or not theirs).</summary>
    public async Task<bool> EndAsync(string userId, Guid sessionId)
    {
        Forget(sessionId);
        var now = time.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync();
        var ended = await db.UserSessions.Where(s => s.Id == sessionId && s.UserId == userId && s.EndedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.EndedAt, now));
        circuits.EndSession(userId, sessionId);
        return ended > 0;
    }

    /// <summary>Ends every session of a user (sign out everywhere, disabled, roles changed, password reset) and all their open pages.</summary>
    public async Task<int> EndAllOfAsync(string userId)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync();
        var ids = await db.UserSessions.Where(s => s.UserId == userId && s.EndedAt == null).Select(s => s.Id).ToListAsync();
        foreach (var id in ids) Forget(id);
        var ended = await db.UserSessions.Where(s => ids.Contains(s.Id) && s.EndedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.EndedAt, now));
        circuits.EndAllOf(userId);
        return ended;
    }

    /// <summary>A user's sessions that are still on, newest first: where they are signed in.</summary>
    public async Task<IReadOnlyList<UserSession>> ActiveOfAsync(string userId)
    {
        var idleSince = time.GetUtcNow().UtcDateTime - IdleTimeout;
        await using var db = await contexts.CreateDbContextAsync();
        return await db.UserSessions.AsNoTracking()
            .Where(s => s.UserId == userId && s.EndedAt == null && s.LastSeenAt > idleSince)
            .OrderByDescending(s => s.CreatedAt).ToListAsync();
    }

    private void Forget(Guid id)
    {
        var now = time.GetUtcNow();
        endedLately[id] = now;
        cache.Remove(CacheKey(id));
        // Once the row says ended, the database answers; the note only has to outlive checks already under way.
        foreach (var (old, at) in endedLately)
            if (at < now - CheckFor) endedLately.TryRemove(old, out _);
    }

    private static string CacheKey(Guid id) => $"sign-in-session:{id}";
}
