using CrmTelnyx.Data;
using CrmTelnyx.Features.TextCenter.Blasts;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Features.Billing.Budget;

/// <summary>The blasts waiting for a manager because they would pass the budget, oldest first, for the budget card.</summary>
public sealed class ListHeldBlasts(CrmDbContext db)
{
    public sealed record Row(long Id, string Name, decimal EstimatedCost, string? CreatedBy);

    public Task<List<Row>> ListAsync(CancellationToken cancellationToken = default) =>
        db.Blasts.AsNoTracking().Where(b => b.Status == BlastStatus.HeldForBudget).OrderBy(b => b.Id)
            .Select(b => new Row(b.Id, b.Name, b.EstimatedCost, b.CreatedBy)).Take(20).ToListAsync(cancellationToken);
}
