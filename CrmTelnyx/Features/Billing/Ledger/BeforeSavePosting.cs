using CrmTelnyx.Data;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CrmTelnyx.Features.Billing.Ledger;

/// <summary>
/// Runs <see cref="PostAsync"/> before every save of the CRM's context, async or not, so ledger entries are written in
/// the same save (and transaction) as the change they record.
/// </summary>
public abstract class BeforeSavePosting : SaveChangesInterceptor
{
    protected abstract Task PostAsync(CrmDbContext db, CancellationToken cancellationToken);

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        if (eventData.Context is CrmDbContext db) await PostAsync(db, cancellationToken);
        return result;
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is CrmDbContext db) PostAsync(db, CancellationToken.None).GetAwaiter().GetResult();
        return result;
    }
}
