using System.Security.Claims;
using CrmTelnyx.Data;
using CrmTelnyx.Features.TextCenter.QuietHours;
using CrmTelnyx.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Features.TextCenter.Settings;

/// <summary>
/// An admin saves how the company texts. Saved rules take effect at once: the quiet-hours rules are put in force for
/// every blast and estimate from then on. A form loaded before someone else's save is refused, never saved over it.
/// </summary>
public sealed class SaveTextingSettings(CrmDbContext db, IAuthorizationService authorization, TimeProvider time)
{
    public const string NotForYou = "Only admins can change the texting settings.";

    /// <param name="Errors">By field name (<see cref="TextingSettingsForm"/>'s properties), or "" for the whole form.</param>
    public sealed record Result(TextingSettings? Saved, IReadOnlyDictionary<string, string> Errors);

    public async Task<Result> SaveAsync(ClaimsPrincipal user, TextingSettingsForm form, CancellationToken cancellationToken = default)
    {
        if (!(await authorization.AuthorizeAsync(user, AppPolicies.AdminOnly)).Succeeded)
            return new(null, new Dictionary<string, string> { [""] = NotForYou });
        var errors = form.Validate();
        if (errors.Count > 0) return new(null, errors);

        var settings = await db.TextingSettings.SingleAsync(s => s.Id == TextingSettings.SingletonId, cancellationToken);
        if (settings.Version != form.Version) return new(null, Changed(settings));
        form.ApplyTo(settings);
        settings.UpdatedAt = time.GetUtcNow().UtcDateTime;
        settings.UpdatedBy = user.Identity?.Name;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return new(null, Changed(await db.TextingSettings.AsNoTracking().SingleAsync(s => s.Id == TextingSettings.SingletonId, cancellationToken)));
        }
        QuietHoursRules.Use(settings.QuietHoursJson);
        return new(settings, new Dictionary<string, string>());
    }

    private static Dictionary<string, string> Changed(TextingSettings theirs) => new()
    {
        [""] = $"Not saved: {theirs.UpdatedBy ?? "someone"} changed the texting settings{(theirs.UpdatedAt is { } at ? $" at {at:yyyy-MM-dd HH:mm} UTC" : "")} after you opened them. Reload to see their version.",
    };
}
