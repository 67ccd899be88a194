using System.Security.Claims;
using CrmTelnyx.Data;
using CrmTelnyx.Identity;
using CrmTelnyx.Live;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Features.Numbers;

/// <summary>
/// An admin clears a number's health flag and pause, so blasts may use it again. Audited with who did it; from then
/// on the health check counts only texts sent after the clear.
/// </summary>
public sealed class ClearNumberHealth(
    CrmDbContext db, NumberAuditTrail audit, IAuthorizationService authorization, TimeProvider time, ILiveNotifier live)
{
    public const string NotForYou = "Only admins can clear a number's health.";
    public const string NumberGone = "That number is no longer in the app.";
    public const string AlreadyClear = "This number's health was already cleared (perhaps by someone else).";

    /// <param name="Refusal">Why nothing changed, in words; null when cleared.</param>
    public sealed record Result(string? Refusal)
    {
        public bool Cleared => Refusal is null;
    }

    public async Task<Result> ClearAsync(ClaimsPrincipal user, long numberId, CancellationToken cancellationToken = default)
    {
        if (!(await authorization.AuthorizeAsync(user, AppPolicies.Numbers)).Succeeded) return new(NotForYou);
        try
        {
            return await ClearOnceAsync(user, numberId, cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // The health check or another admin saved it meanwhile: look again.
            db.ChangeTracker.Clear();
            return await ClearOnceAsync(user, numberId, cancellationToken);
        }
    }

    private async Task<Result> ClearOnceAsync(ClaimsPrincipal user, long numberId, CancellationToken cancellationToken)
    {
        var number = await db.CompanyNumbers.SingleOrDefaultAsync(n => n.Id == numberId, cancellationToken);
        if (number is null) return new(NumberGone);
        if (number.HealthProblem is null && !number.HealthPaused) return new(AlreadyClear);

        var actor = user.Identity?.Name ?? "";
        var what = number.HealthPaused ? "Cleared the health pause; blasts may use it again" : "Cleared the health flag";
        audit.Add(number, NumberAuditAction.HealthCleared, number.HealthProblem is null ? $"{what}." : $"{what}. Was: {number.HealthProblem}", actor);
        number.HealthProblem = null;
        number.HealthFlaggedAt = null;
        number.HealthPaused = false;
        number.UpdatedAt = time.GetUtcNow().UtcDateTime;
        number.UpdatedBy = actor;
        await db.SaveChangesAsync(cancellationToken);
        await live.PublishChangedAsync(number.Id, cancellationToken);
        return new((string?)null);
    }
}
