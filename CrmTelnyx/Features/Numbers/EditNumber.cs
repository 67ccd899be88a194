using CrmTelnyx.Data;
using CrmTelnyx.Live;
using CrmTelnyx.Phones;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Features.Numbers;

/// <summary>
/// Saves a person's changes to a number (friendly name, state, blasts on/off) with an audit entry saying what changed.
/// A save from a form loaded before someone else's edit is refused with what they changed (<see cref="NumberConflict"/>);
/// a sync or health check meanwhile changed no editable field, so it is no conflict. A released number is not edited.
/// </summary>
public sealed class EditNumber(CrmDbContext db, NumberAuditTrail audit, TimeProvider time, ILiveNotifier live)
{
    public const string NoSuchNumber = "There is no such number.";

    /// <param name="Saved">The changes were stored (or there were none to store).</param>
    /// <param name="Changes">What changed, in the audit trail's words; empty when nothing did.</param>
    /// <param name="Errors">By field name (<see cref="NumberForm"/>'s properties): why it cannot be saved.</param>
    /// <param name="Refusal">Why the number cannot be edited at all (unknown, released), in words.</param>
    /// <param name="Conflict">Someone else edited it after the form was loaded: nothing was changed.</param>
    public sealed record Result(bool Saved, string Changes, IReadOnlyDictionary<string, string> Errors, string? Refusal = null, NumberConflict? Conflict = null);

    public static string ReleasedRefusal(CompanyNumber n) =>
        $"{PhoneNumberNormalizer.Format(n.PhoneNumber)} was released{(n.ReleasedAt is { } at ? $" on {at:yyyy-MM-dd} (UTC)" : "")}, so it can no longer be edited.";

    /// <param name="form">What to save; its <see cref="NumberForm.Version"/> is the version it was loaded at.</param>
    /// <param name="actor">Who saves (their e-mail), for the audit trail and the next conflict message.</param>
    /// <param name="loaded">The form as it was loaded, so a conflict names only what someone else changed; without it, every field that differs.</param>
    public async Task<Result> EditAsync(long id, NumberForm form, string actor, NumberForm? loaded = null, CancellationToken cancellationToken = default)
    {
        try
        {
            return await EditOnceAsync(id, form, actor, loaded, cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Saved by someone (or a sync) between our read and our write: look again, and report a real conflict or save.
            db.ChangeTracker.Clear();
            return await EditOnceAsync(id, form, actor, loaded, cancellationToken);
        }
    }

    private async Task<Result> EditOnceAsync(long id, NumberForm form, string actor, NumberForm? loaded, CancellationToken cancellationToken)
    {
        var errors = form.Validate();
        if (errors.Count > 0) return new(false, "", errors);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var number = await db.CompanyNumbers.SingleOrDefaultAsync(n => n.Id == id, cancellationToken);
        if (number is null) return Refused(NoSuchNumber);
        if (number.Status == NumberStatus.Released) return Refused(ReleasedRefusal(number));

        var saved = NumberEdits.Of(number);
        var mine = form.ToEdits(number.PhoneNumber);
        if (number.Version != form.Version)
        {
            var changes = NumberConflict.FieldsChanged((loaded ?? form).ToEdits(number.PhoneNumber), saved, mine);
            if (changes.Count > 0) return new(false, "", NoErrors, Conflict: await ConflictAsync(number, changes, cancellationToken));
        }

        var described = NumberFields.Describe(saved, mine);
        if (described.Length == 0) return new(true, "", NoErrors);
        var now = time.GetUtcNow().UtcDateTime;
        mine.ApplyTo(number);
        number.UpdatedAt = now;
        number.UpdatedBy = actor;
        audit.Add(number, NumberAuditAction.Edited, described, actor);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await live.PublishChangedAsync(number.Id, cancellationToken);
        return new(true, described, NoErrors);
    }

    /// <summary>Who edited last and when: the newest edit in the audit trail (a sync also moves UpdatedAt, so it is not used).</summary>
    private async Task<NumberConflict> ConflictAsync(CompanyNumber number, IReadOnlyList<FieldChange> changes, CancellationToken cancellationToken)
    {
        var last = await db.NumberAuditEntries.AsNoTracking()
            .Where(e => e.CompanyNumberId == number.Id && e.Action == NumberAuditAction.Edited)
            .OrderByDescending(e => e.At).ThenByDescending(e => e.Id).FirstOrDefaultAsync(cancellationToken);
        return new NumberConflict(number.Version, NumberForm.From(number), changes, last?.Actor ?? number.UpdatedBy, last?.At ?? number.UpdatedAt);
    }

    private static readonly IReadOnlyDictionary<string, string> NoErrors = new Dictionary<string, string>();

    private static Result Refused(string why) => new(false, "", NoErrors, Refusal: why);
}
