using CrmTelnyx.Data;
using CrmTelnyx.Features.Compliance;
using CrmTelnyx.Phones;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Features.Contacts;

/// <summary>
/// Creates or updates a contact from the form: checks every field, normalises the phone, fills the state from the area
/// code, sets the tags, and keeps consent with the number (a new contact starts with its number's history; a changed
/// number does not inherit the old one's opt-in). A save from a form loaded before someone else's save is refused
/// with what they changed (<see cref="ContactConflict"/>), never saved over it silently.
/// </summary>
public sealed class SaveContact(CrmDbContext db, TagResolver tags, TimeProvider time)
{
    public const string ContactGone = "That contact was deleted (perhaps by someone else), so nothing was changed.";
    public const string NumberTaken = "Another contact already has this number.";

    /// <param name="ContactId">The saved contact; null when nothing was saved.</param>
    /// <param name="Errors">By field name (<see cref="ContactForm"/>'s properties): why it cannot be saved.</param>
    /// <param name="Gone">The contact was deleted meanwhile (by someone else, or in another tab): nothing was changed.</param>
    /// <param name="Conflict">Someone else saved the contact after the form was loaded: nothing was changed.</param>
    public sealed record Result(long? ContactId, IReadOnlyDictionary<string, string> Errors, bool Gone = false, ContactConflict? Conflict = null)
    {
        public bool Saved => ContactId is not null;
    }

    /// <param name="id">The contact to update, or null to create one.</param>
    /// <param name="form">What to save; its <see cref="ContactForm.Version"/> is the version it was loaded at.</param>
    /// <param name="actor">Who saves, for the consent history and the next conflict message.</param>
    /// <param name="loaded">The form as it was loaded, so a conflict names only what someone else changed; without it, every field that differs.</param>
    public async Task<Result> SaveAsync(long? id, ContactForm form, string actor, ContactForm? loaded = null, CancellationToken cancellationToken = default)
    {
        try
        {
            return await SaveOnceAsync(id, form, actor, loaded, cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone saved between our read and our write: look again, and report their change (or save, if it touched no field here).
            db.ChangeTracker.Clear();
            return await SaveOnceAsync(id, form, actor, loaded, cancellationToken);
        }
    }

    private async Task<Result> SaveOnceAsync(long? id, ContactForm form, string actor, ContactForm? loaded, CancellationToken cancellationToken)
    {
        // One transaction: a new tag is kept only with the contact that uses it, and nobody saves between the version check and the write.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        Contact? contact = null;
        if (id is not null)
        {
            contact = await db.Contacts.Include(c => c.Tags).ThenInclude(t => t.Tag)
                .SingleOrDefaultAsync(c => c.Id == id && c.DeletedAt == null, cancellationToken);
            if (contact is null) return new(null, new Dictionary<string, string>(), Gone: true);
        }

        var errors = form.Validate();
        var phone = PhoneNumberNormalizer.Normalize(form.Phone);
        if (phone.IsValid && await db.Contacts.AnyAsync(c => c.Phone == phone.E164 && c.DeletedAt == null && c.Id != (id ?? 0), cancellationToken))
            errors.TryAdd(nameof(ContactForm.Phone), NumberTaken);
        if (errors.Count > 0) return new(null, errors);

        if (contact is not null && contact.Version != form.Version)
        {
            // A newer version that changed none of these fields (a consent, a last-contact date) is no conflict.
            var theirs = ContactForm.From(contact);
            var changes = ContactConflict.FieldsChanged(loaded ?? form, theirs, form);
            if (changes.Count > 0)
                return new(null, new Dictionary<string, string>(), Conflict: new ContactConflict(contact.Version, theirs, changes, contact.UpdatedBy, contact.UpdatedAt));
        }

        var now = time.GetUtcNow().UtcDateTime;
        var state = string.IsNullOrWhiteSpace(form.State) ? NanpAreaCodes.ForE164(phone.E164!)?.Region : StateNames.ToCode(form.State);
        var isNew = contact is null;
        var oldPhone = contact?.Phone;
        contact ??= new Contact { CreatedAt = now };
        form.ApplyTo(contact, phone.E164!, state);
        if (oldPhone is not null && oldPhone != contact.Phone) await KeepConsentWithNewNumberAsync(contact, oldPhone, actor, now, cancellationToken);
        contact.UpdatedAt = now;
        contact.UpdatedBy = actor;
        contact.RefreshSearchKeys();
        await SetTagsAsync(contact, form.Tags, cancellationToken);
        if (isNew)
        {
            var optedOut = await ConsentRecorder.IsOptedOutAsync(db, contact.Phone, cancellationToken);
            ConsentRecorder.Record(contact, optedOut ? ConsentStatus.OptedOut : ConsentStatus.Unknown, ConsentSource.CreatedByStaff,
                optedOut ? "Created; this number had opted out before and stays opted out" : "Created", actor, now);
            db.Contacts.Add(contact);
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new(contact.Id, new Dictionary<string, string>());
    }

    private async Task SetTagsAsync(Contact contact, IEnumerable<string> names, CancellationToken cancellationToken)
    {
        var wanted = TagNames.Parse(string.Join(';', names));
        contact.Tags.RemoveAll(t => !wanted.Contains(t.Tag.Name, StringComparer.OrdinalIgnoreCase));
        foreach (var name in wanted.Where(n => !contact.Tags.Any(t => string.Equals(t.Tag.Name, n, StringComparison.OrdinalIgnoreCase))))
            contact.Tags.Add(new ContactTag { Tag = await tags.GetOrCreateAsync(name, cancellationToken) });
    }

    /// <summary>
    /// Consent belongs to a number. An opted-out contact's new number is suppressed too; a new number that opted out
    /// before opts the contact out; an opt-in given for the old number does not carry over to the new one.
    /// </summary>
    private async Task KeepConsentWithNewNumberAsync(Contact changed, string oldPhone, string actor, DateTime now, CancellationToken cancellationToken)
    {
        var change = $"Number changed from {PhoneNumberNormalizer.Format(oldPhone)} to {PhoneNumberNormalizer.Format(changed.Phone)}";
        if (changed.Consent == ConsentStatus.OptedOut)
            await ConsentRecorder.SetNumberAsync(db, changed.Phone, ConsentStatus.OptedOut, ConsentSource.SetByStaff, now, cancellationToken);
        else if (await db.PhoneOptOuts.AnyAsync(o => o.Phone == changed.Phone, cancellationToken))
            ConsentRecorder.Record(changed, ConsentStatus.OptedOut, ConsentSource.SetByStaff, $"{change}, which had opted out", actor, now);
        else if (changed.Consent == ConsentStatus.OptedIn)
            ConsentRecorder.Record(changed, ConsentStatus.Unknown, ConsentSource.SetByStaff, $"{change}; the opt-in was for the old number", actor, now);
    }
}
