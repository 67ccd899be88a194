using CrmTelnyx.Data;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Features.Calls.Outbound;

/// <summary>The contact a "Call" button hands to the Calls tab: just the name and number the dialer shows.</summary>
public sealed class CallTargets(CrmDbContext db)
{
    public sealed record Target(long ContactId, string Name, string Phone);

    public Task<Target?> ForContactAsync(long contactId, CancellationToken cancellationToken = default) =>
        db.Contacts.AsNoTracking().Where(c => c.Id == contactId && c.DeletedAt == null)
            .Select(c => new Target(c.Id, (c.FirstName + " " + c.LastName).Trim() == "" ? c.Phone : (c.FirstName + " " + c.LastName).Trim(), c.Phone))
            .SingleOrDefaultAsync(cancellationToken);
}
