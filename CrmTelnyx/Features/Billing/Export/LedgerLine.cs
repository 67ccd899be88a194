using CrmTelnyx.Data;
using CrmTelnyx.Features.Billing.Ledger;
using CrmTelnyx.Features.Billing.Tab;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Features.Billing.Export;

/// <summary>
/// One ledger entry as the CSV shows it, with its contact's name; blast and agent names come from <see cref="LedgerNames"/>.
/// The export steps <see cref="Of"/>'s SQL itself and reads its columns in this order (<see cref="LedgerLineReader"/>).
/// </summary>
public sealed record LedgerLine(
    long Id, DateTime OccurredAt, LedgerEntryType Type, LedgerDirection? Direction, string? CompanyNumber, string? State,
    long? ContactId, string? ContactName, long? BlastId, string? AgentUserId,
    int Quantity, long AmountMicros, bool IsCorrection, string? TelnyxRecordId, string Source)
{
    /// <summary>
    /// The entries <paramref name="filter"/> matches, oldest first, as one query the database streams as it walks the
    /// OccurredAt index. Contacts (which may be many) are a left join on their primary key, the name put together in SQL
    /// so each line reads one string for it; the few blasts and agents are looked up in memory instead.
    /// </summary>
    public static IQueryable<LedgerLine> Of(CrmDbContext db, BillingFilter filter) =>
        from e in filter.Apply(db.LedgerEntries.AsNoTracking())
        join c in db.Contacts on e.ContactId equals (long?)c.Id into contacts
        from c in contacts.DefaultIfEmpty()
        orderby e.OccurredAt, e.Id
        select new LedgerLine(
            e.Id, e.OccurredAt, e.Type, e.Direction, e.CompanyNumber, e.State,
            // A deleted contact leaves the export as it leaves the call history: the cost stays, the person does not.
            c != null && c.DeletedAt == null ? c.Id : null,
            c != null && c.DeletedAt == null ? (c.FirstName + " " + c.LastName).Trim() : null,
            e.BlastId, e.AgentUserId, e.Quantity, e.AmountMicros, e.IsCorrection, e.TelnyxRecordId, e.Source);
}
