using System.Security.Claims;
using CrmTelnyx.Data;
using CrmTelnyx.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Features.Numbers;

/// <summary>
/// An admin saves the number health thresholds. A save from a form loaded before someone else's save is refused with
/// what they changed (<see cref="NumberHealthSettingsConflict"/>), never saved over it silently.
/// </summary>
public sealed class SaveNumberHealthSettings(CrmDbContext db, IAuthorizationService authorization, TimeProvider time)
{
    public const string NotForYou = "Only admins can change the number health settings.";

    /// <param name="Errors">By field name (<see cref="NumberHealthSettingsForm"/>'s properties), or "" for the whole form.</param>
    /// <param name="Conflict">Someone else saved after the form was loaded: nothing was changed.</param>
    public sealed record Result(NumberHealthSettings? Saved, IReadOnlyDictionary<string, string> Errors, NumberHealthSettingsConflict? Conflict = null);

    public async Task<Result> SaveAsync(ClaimsPrincipal user, NumberHealthSettingsForm form, CancellationToken cancellationToken = default)
    {
        if (!(await authorization.AuthorizeAsync(user, AppPolicies.AdminOnly)).Succeeded)
            return new(null, new Dictionary<string, string> { [""] = NotForYou });
        var errors = form.Validate();
        if (errors.Count > 0) return new(null, errors);

        var settings = await db.NumberHealthSettings.SingleAsync(s => s.Id == NumberHealthSettings.SingletonId, cancellationToken);
        if (settings.Version != form.Version) return new(null, new Dictionary<string, string>(), NumberHealthSettingsConflict.Between(settings, form));
        form.ApplyTo(settings);
        settings.UpdatedAt = time.GetUtcNow().UtcDateTime;
        settings.UpdatedBy = user.Identity?.Name;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Saved by someone else between our read and our write.
            db.ChangeTracker.Clear();
            var theirs = await db.NumberHealthSettings.AsNoTracking().SingleAsync(s => s.Id == NumberHealthSettings.SingletonId, cancellationToken);
            return new(null, new Dictionary<string, string>(), NumberHealthSettingsConflict.Between(theirs, form));
        }
        return new(settings, new Dictionary<string, string>());
    }
}
