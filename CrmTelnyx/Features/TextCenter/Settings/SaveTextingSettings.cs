using System.Security.Claims;
using CrmTelnyx.Data;
using CrmTelnyx.Features.Billing.Ledger.Days;
using CrmTelnyx.Features.TextCenter.QuietHours;
using CrmTelnyx.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Features.TextCenter.Settings;

/// <summary>
/// An admin saves how the company texts. Saved rules take effect at once: the quiet-hours rules are put in force for
/// every blast and estimate from then on. A form loaded before someone else's save is refused, never saved over it.
/// </summary>
public sealed class SaveTextingSettings(CrmDbContext db, IAuthorizationService authorization, TimeProvider time, RebuildLedgerDays ledgerDays)
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
        var zoneBefore = settings.CompanyTimeZone;
        form.ApplyTo(settings);
        settings.UpdatedAt = time.GetUtcNow().UtcDateTime;
        settings.UpdatedBy = user.Identity?.Name;
        // A new zone moves every cost to its new company day: the billing day roll-ups are rebuilt with the save, in one
        // transaction, so the Billing tab never reads days of the old zone as the new one's.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            if (settings.CompanyTimeZone != zoneBefore) await ledgerDays.RebuildAsync(CompanyClock.Zone(settings.CompanyTimeZone), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            await transaction.RollbackAsync(cancellationToken);
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
