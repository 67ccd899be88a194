using System.Security.Claims;
using CrmTelnyx.Data;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Features.Calls.Inbound;

/// <summary>The app bar's "Available" switch: whether inbound calls ring this person's phone.</summary>
public sealed class SetAvailability(CrmDbContext db)
{
    public sealed record State(bool Available, bool HasPhone);

    public async Task<State> ReadAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        return await db.Users.AsNoTracking().Where(u => u.Id == userId)
            .Select(u => new State(u.IsAvailableForCalls, u.PhoneNumber != null && u.PhoneNumber != ""))
            .SingleOrDefaultAsync(cancellationToken) ?? new State(false, false);
    }

    /// <returns>Why it could not be switched on, or null.</returns>
    public async Task<string?> RunAsync(ClaimsPrincipal user, bool available, CancellationToken cancellationToken = default)
    {
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        if (userId is null) return "Sign in again.";
        if (available && !(await ReadAsync(user, cancellationToken)).HasPhone)
            return "Set your phone on the Calls tab first: inbound calls ring that phone.";
        await db.Users.Where(u => u.Id == userId).ExecuteUpdateAsync(u => u.SetProperty(x => x.IsAvailableForCalls, available), cancellationToken);
        return null;
    }
}
