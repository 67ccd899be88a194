using System.Security.Claims;
using CrmTelnyx.Data;
using CrmTelnyx.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Features.Calls.Settings;

/// <summary>
/// An admin saves how the company calls: recording, answering-machine detection, transcripts, the prepared voicemail
/// and the dispositions. The next call uses them. A save from a form loaded before someone else's save is refused with
/// what they changed (<see cref="CallSettingsConflict"/>), never saved over it silently.
/// </summary>
public sealed class SaveCallSettings(CrmDbContext db, IAuthorizationService authorization, TimeProvider time)
{
    public const string NotForYou = "Only admins can change the call settings.";

    /// <param name="Errors">By field name (<see cref="CallSettingsForm"/>'s properties), or "" for the whole form.</param>
    /// <param name="Conflict">Someone else saved after the form was loaded: nothing was changed.</param>
    public sealed record Result(CallSettings? Saved, IReadOnlyDictionary<string, string> Errors, CallSettingsConflict? Conflict = null);

    /// <param name="form">What to save; its <see cref="CallSettingsForm.Version"/> is the version it was loaded at.</param>
    /// <param name="loaded">The form as it was loaded, so a conflict names only what someone else changed; without it, every setting that differs.</param>
    public async Task<Result> SaveAsync(ClaimsPrincipal user, CallSettingsForm form, CallSettingsForm? loaded = null, CancellationToken cancellationToken = default)
    {
        if (!(await authorization.AuthorizeAsync(user, AppPolicies.AdminOnly)).Succeeded)
            return new(null, new Dictionary<string, string> { [""] = NotForYou });
        var errors = form.Validate();
        if (errors.Count > 0) return new(null, errors);

        try
        {
            return await SaveOnceAsync(user, form, loaded, cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone saved between our read and our write: look again, and report their change (or save, if none is overwritten).
            db.ChangeTracker.Clear();
            return await SaveOnceAsync(user, form, loaded, cancellationToken);
        }
    }

    private async Task<Result> SaveOnceAsync(ClaimsPrincipal user, CallSettingsForm form, CallSettingsForm? loaded, CancellationToken cancellationToken)
    {
        var settings = await db.CallSettings.SingleAsync(s => s.Id == CallSettings.SingletonId, cancellationToken);
        // Saved meanwhile: refused only when this form would overwrite a change of theirs with something else.
        if (settings.Version != form.Version && CallSettingsConflict.Between(settings, form, loaded) is { Changes.Count: > 0 } conflict)
            return new(null, new Dictionary<string, string>(), conflict);
        form.ApplyTo(settings);
        settings.UpdatedAt = time.GetUtcNow().UtcDateTime;
        settings.UpdatedBy = user.Identity?.Name;
        await db.SaveChangesAsync(cancellationToken);
        return new(settings, new Dictionary<string, string>());
    }
}
