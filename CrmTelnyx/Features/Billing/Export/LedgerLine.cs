using CrmTelnyx.Data;
using CrmTelnyx.Features.Billing.Ledger;
using CrmTelnyx.Features.Billing.Tab;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Features.Billing.Export;

/// <summary>One ledger entry with the names a person reads beside it (contact, blast, agent).</summary>
public sealed record LedgerLine(
    long Id, DateTime OccurredAt, LedgerEntryType Type, LedgerDirection? Direction, string? CompanyNumber, string? State,
    long? ContactId, string? ContactFirstName, string? ContactLastName, long? BlastId, string? BlastName, string? AgentName, string? AgentEmail,
    int Quantity, long AmountMicros, bool IsCorrection, string? TelnyxRecordId, string Source)
{
    /// <summary>
    /// The entries <paramref name="filter"/> matches, oldest first, as one query: the names come from left joins on primary
    /// keys, so the database streams the lines as it walks the OccurredAt index and nothing is held per line.
    /// </summary>
    public static IQueryable<LedgerLine> Of(CrmDbContext db, BillingFilter filter) =>
        from e in filter.Apply(db.LedgerEntries.AsNoTracking())
        join c in db.Contacts on e.ContactId equals (long?)c.Id into contacts
        from c in contacts.DefaultIfEmpty()
        join b in db.Blasts on e.BlastId equals (long?)b.Id into blasts
        from b in blasts.DefaultIfEmpty()
        join u in db.Users on e.AgentUserId equals u.Id into agents
        from u in agents.DefaultIfEmpty()
        orderby e.OccurredAt, e.Id
        select new LedgerLine(
            e.Id, e.OccurredAt, e.Type, e.Direction, e.CompanyNumber, e.State,
            // A deleted contact leaves the export as it leaves the call history: the cost stays, the person does not.
            c != null && c.DeletedAt == null ? c.Id : null,
            c != null && c.DeletedAt == null ? c.FirstName : null,
            c != null && c.DeletedAt == null ? c.LastName : null,
            e.BlastId, b == null ? null : b.Name,
            u == null ? null : u.DisplayName, u == null ? null : u.Email,
            e.Quantity, e.AmountMicros, e.IsCorrection, e.TelnyxRecordId, e.Source);
}
