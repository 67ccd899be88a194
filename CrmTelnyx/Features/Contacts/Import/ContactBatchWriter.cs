using CrmTelnyx.Data;
using CrmTelnyx.Features.Compliance;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Features.Contacts.Import;

/// <summary>
/// Writes one batch of imported rows: new numbers become contacts, known numbers are skipped or updated as the
/// person chose, and a number on the suppression list stays opted out whatever the file says.
/// </summary>
public sealed class ContactBatchWriter(CrmDbContext db, TagResolver tags)
{
    public sealed record Outcome(int Imported, int Updated, int Skipped);

    /// <summary>Writes the batch inside the caller's transaction, or in one of its own.</summary>
    public async Task<Outcome> WriteAsync(IReadOnlyList<ContactDraft> drafts, ContactImport import, DateTime now, CancellationToken cancellationToken)
    {
        await using var ownTransaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        var phones = drafts.Select(d => d.Phone).Distinct().ToList();
        // EF.Parameter sends the numbers as one JSON array: one cached SQL text instead of a new thousand-parameter IN list per batch.
        var known = db.Contacts.Where(c => c.DeletedAt == null && EF.Parameter(phones).Contains(c.Phone));
        // Only updates touch a known contact's tags; skipping needs just the number.
        if (import.Duplicates == DuplicateMode.Update) known = known.Include(c => c.Tags);
        var existing = await known.ToDictionaryAsync(c => c.Phone, cancellationToken);
        var added = new List<Contact>();
        var optedOut = (await db.PhoneOptOuts.Where(o => EF.Parameter(phones).Contains(o.Phone)).Select(o => o.Phone).ToListAsync(cancellationToken)).ToHashSet();
        // The file name is the person's; the history line must stay within ConsentEvent.DetailMaxLength.
        var detail = $"Imported from {(import.FileName.Length <= 200 ? import.FileName : import.FileName[..200] + "…")}";
        int imported = 0, updated = 0, skipped = 0;

        foreach (var draft in drafts)
        {
            if (existing.TryGetValue(draft.Phone, out var contact))
            {
                if (import.Duplicates == DuplicateMode.Skip) { skipped++; continue; }
                Apply(draft, contact);
                await AddTagsAsync(contact, draft.Tags, cancellationToken);
                if (draft.Consent is { } consent && consent != contact.Consent && !optedOut.Contains(draft.Phone))
                {
                    ConsentRecorder.Record(contact, consent, ConsentSource.Imported, detail, import.CreatedBy, now);
                    if (consent == ConsentStatus.OptedOut) OptOut(draft.Phone, now, optedOut);
                }
                contact.UpdatedAt = now;
                contact.UpdatedBy = import.CreatedBy;
                updated++;
                continue;
            }

            contact = new Contact { Phone = draft.Phone, CreatedAt = now, UpdatedAt = now, UpdatedBy = import.CreatedBy };
            Apply(draft, contact);
            await AddTagsAsync(contact, draft.Tags, cancellationToken);
            var status = optedOut.Contains(draft.Phone)
                ? ConsentStatus.OptedOut
                : draft.Consent ?? (import.ConsentGiven ? ConsentStatus.OptedIn : ConsentStatus.Unknown);
            var why = optedOut.Contains(draft.Phone) ? detail + "; this number had opted out before and stays opted out" : detail;
            ConsentRecorder.Record(contact, status, ConsentSource.Imported, why, import.CreatedBy, now);
            if (status == ConsentStatus.OptedOut) OptOut(draft.Phone, now, optedOut);
            added.Add(contact);
            existing[draft.Phone] = contact;
            imported++;
        }

        // Saves updates and opt-outs first; new contacts go through the prepared inserts.
        await db.SaveChangesAsync(cancellationToken);
        await InsertAsync(added, cancellationToken);
        if (ownTransaction is not null) await ownTransaction.CommitAsync(cancellationToken);
        return new Outcome(imported, updated, skipped);
    }

    /// <summary>New contacts with their consent history and tags, through prepared inserts (see <see cref="PreparedInsert{TEntity}"/>).</summary>
    private async Task InsertAsync(List<Contact> contacts, CancellationToken cancellationToken)
    {
        if (contacts.Count == 0) return;
        await using var insertContact = new PreparedInsert<Contact>(db);
        await using var insertConsent = new PreparedInsert<ConsentEvent>(db);
        await using var insertTag = new PreparedInsert<ContactTag>(db);
        foreach (var contact in contacts)
        {
            contact.Id = await insertContact.InsertAsync(contact, cancellationToken);
            foreach (var consent in contact.ConsentHistory)
            {
                consent.ContactId = contact.Id;
                consent.Id = await insertConsent.InsertAsync(consent, cancellationToken);
            }
            foreach (var link in contact.Tags)
            {
                link.ContactId = contact.Id;
                link.TagId = link.Tag?.Id ?? link.TagId;
                await insertTag.InsertAsync(link, cancellationToken);
            }
        }
    }

    private void OptOut(string phone, DateTime now, HashSet<string> optedOut)
    {
        if (optedOut.Add(phone)) db.PhoneOptOuts.Add(new PhoneOptOut { Phone = phone, At = now, Source = nameof(ConsentSource.Imported) });
    }

    /// <summary>Empty cells never erase what the contact already has.</summary>
    private static void Apply(ContactDraft draft, Contact contact)
    {
        if (draft.FirstName.Length > 0) contact.FirstName = draft.FirstName;
        if (draft.LastName.Length > 0) contact.LastName = draft.LastName;
        contact.Email = draft.Email ?? contact.Email;
        contact.Company = draft.Company ?? contact.Company;
        contact.State = draft.State ?? contact.State;
        contact.Notes = draft.Notes ?? contact.Notes;
        if (draft.CustomFields.Count > 0)
        {
            var merged = new Dictionary<string, string>(contact.CustomFields);
            foreach (var (key, value) in draft.CustomFields) merged[key] = value;
            contact.CustomFields = merged;
        }
        contact.RefreshSearchKeys();
    }

    private async Task AddTagsAsync(Contact contact, IReadOnlyList<string> names, CancellationToken cancellationToken)
    {
        foreach (var name in names)
        {
            var tag = await tags.GetOrCreateAsync(name, cancellationToken);
            if (contact.Tags.Any(t => t.TagId == tag.Id)) continue;
            // Linked by id, so the writer works after the change tracker is cleared between batches.
            contact.Tags.Add(new ContactTag { TagId = tag.Id });
        }
    }
}
