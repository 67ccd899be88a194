using CrmTelnyx.Data;
using CrmTelnyx.Features.Calls;
using CrmTelnyx.Features.TextCenter;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CrmTelnyx.Features.Billing.Ledger;

/// <summary>
/// Writes the ledger as costs are saved, in the same save: a text's cost (however it arrived: message.finalized,
/// message.received, a settled blast) and a call leg's (call.cost, detail records). Billing watches the rows the other
/// features already keep rather than each of their code paths, so no way of learning a cost can skip the ledger.
/// A cost seen for the first time is one entry (unique per source, so a race cannot add a second); a cost that changes
/// later is a correction entry for the difference; the same cost set again changes nothing.
/// </summary>
public sealed class LedgerPosting(TimeProvider time, LedgerChanges changes) : BeforeSavePosting
{
    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Announce(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Announce(eventData.Context);
        return result;
    }

    /// <summary>Entries are only ever tracked by the context that added them (reads are no-tracking), so any tracked one was just entered.</summary>
    private void Announce(DbContext? context)
    {
        if (context is CrmDbContext db && db.ChangeTracker.Entries<LedgerEntry>().Any()) changes.Signal();
    }

    protected override async Task PostAsync(CrmDbContext db, CancellationToken cancellationToken)
    {
        db.ChangeTracker.DetectChanges();
        var texts = db.ChangeTracker.Entries<Message>().Where(e => IsSet(e, m => m.CostAmount) && e.Entity.TelnyxMessageId is not null).ToList();
        var legs = db.ChangeTracker.Entries<CallLeg>().Where(e => IsSet(e, l => l.Cost)).ToList();
        foreach (var text in texts)
        {
            var m = text.Entity;
            if (await DueAsync(db, $"text:{m.TelnyxMessageId}", m.CostAmount!.Value, m.Parts ?? 1, cancellationToken) is { } due)
                db.Add(await ForTextAsync(db, m, due, cancellationToken));
        }
        foreach (var leg in legs)
        {
            var l = leg.Entity;
            if (await DueAsync(db, $"call-leg:{l.CallControlId}", l.Cost!.Value, l.BilledSeconds ?? 0, cancellationToken) is { } due)
                db.Add(await ForCallLegAsync(db, l, due, cancellationToken));
        }
    }

    /// <summary>Whether this save sets a cost: a new row with one, or a row whose cost changes to a value.</summary>
    private static bool IsSet<T>(EntityEntry<T> entry, System.Linq.Expressions.Expression<Func<T, decimal?>> cost) where T : class =>
        entry.Property(cost).CurrentValue is not null
        && (entry.State == EntityState.Added || (entry.State == EntityState.Modified && entry.Property(cost).IsModified));

    /// <summary>What is left to enter for a source so the ledger adds up to its cost now: nothing when it already does.</summary>
    /// <remarks>
    /// Read from the ledger itself (and entries of this save not yet written, as after a failed save retried), not from the
    /// row's previous value: a row whose cost was cleared and set again, or costs written before the ledger, still count once.
    /// </remarks>
    private static async Task<Due?> DueAsync(CrmDbContext db, string source, decimal cost, int quantity, CancellationToken cancellationToken)
    {
        var written = await db.LedgerEntries.AsNoTracking().Where(e => e.Source == source)
            .GroupBy(e => e.Source).Select(g => new { Micros = g.Sum(e => e.AmountMicros), Quantity = g.Sum(e => e.Quantity), Count = g.Count() })
            .FirstOrDefaultAsync(cancellationToken);
        var pending = db.ChangeTracker.Entries<LedgerEntry>().Where(e => e.State == EntityState.Added && e.Entity.Source == source).Select(e => e.Entity).ToList();
        var entered = (written?.Count ?? 0) + pending.Count;
        var micros = LedgerEntry.Micros(cost) - (written?.Micros ?? 0) - pending.Sum(e => e.AmountMicros);
        var units = quantity - (written?.Quantity ?? 0) - pending.Sum(e => e.Quantity);
        if (entered > 0 && micros == 0 && units == 0) return null;
        return new Due(source, micros, units, IsCorrection: entered > 0);
    }

    private sealed record Due(string Source, long Micros, int Quantity, bool IsCorrection);

    private async Task<LedgerEntry> ForTextAsync(CrmDbContext db, Message text, Due due, CancellationToken cancellationToken)
    {
        var companyNumber = text.Direction == MessageDirection.Outbound ? text.From : text.To;
        return new LedgerEntry
        {
            Source = due.Source,
            IsCorrection = due.IsCorrection,
            OccurredAt = (text.CompletedAt ?? text.SentAt ?? text.CreatedAt).UtcDateTime,
            Type = text.MediaUrls is { Length: > 0 } ? LedgerEntryType.Mms : LedgerEntryType.Sms,
            Direction = text.Direction == MessageDirection.Outbound ? LedgerDirection.Outbound : LedgerDirection.Inbound,
            CompanyNumber = companyNumber,
            State = await StateAsync(db, text.ContactId, companyNumber, cancellationToken),
            ContactId = text.ContactId,
            BlastId = text.BlastId,
            Quantity = due.Quantity,
            AmountMicros = due.Micros,
            TelnyxRecordId = text.TelnyxMessageId,
            RecordedAt = time.GetUtcNow().UtcDateTime,
        };
    }

    private async Task<LedgerEntry> ForCallLegAsync(CrmDbContext db, CallLeg leg, Due due, CancellationToken cancellationToken)
    {
        var call = leg.Call ?? await db.Calls.FindAsync([leg.CallId], cancellationToken);
        var companyNumber = call is null ? null : call.Direction == CallDirection.Outbound ? call.From : call.To;
        return new LedgerEntry
        {
            Source = due.Source,
            IsCorrection = due.IsCorrection,
            OccurredAt = leg.EndedAt ?? time.GetUtcNow().UtcDateTime,
            Type = LedgerEntryType.Call,
            Direction = call?.Direction == CallDirection.Inbound ? LedgerDirection.Inbound : LedgerDirection.Outbound,
            CompanyNumber = companyNumber,
            State = await StateAsync(db, call?.ContactId, companyNumber, cancellationToken),
            ContactId = call?.ContactId,
            AgentUserId = call?.AgentUserId ?? leg.AgentUserId,
            Quantity = due.Quantity,
            AmountMicros = due.Micros,
            TelnyxRecordId = leg.CallLegId ?? leg.CallControlId,
            RecordedAt = time.GetUtcNow().UtcDateTime,
        };
    }

    /// <summary>The contact's state, else the company number's: where the money went, as a manager would group it.</summary>
    private static async Task<string?> StateAsync(CrmDbContext db, long? contactId, string? companyNumber, CancellationToken cancellationToken) =>
        (contactId is null ? null : await db.Contacts.AsNoTracking().Where(c => c.Id == contactId).Select(c => c.State).FirstOrDefaultAsync(cancellationToken))
        ?? (companyNumber is null ? null : await db.CompanyNumbers.AsNoTracking().Where(n => n.PhoneNumber == companyNumber).Select(n => n.State).FirstOrDefaultAsync(cancellationToken));
}
