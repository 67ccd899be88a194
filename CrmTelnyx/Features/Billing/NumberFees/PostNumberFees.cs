using CrmTelnyx.Data;
using CrmTelnyx.Features.Numbers;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Features.Billing.NumberFees;

/// <summary>
/// Enters every number fee that has fallen due and is not in the ledger yet: each month on its anniversary, and any
/// months missed while the app was down, each dated when it fell due. Run twice, or by two app instances at once, it
/// enters nothing twice: the ledger's unique source refuses the second, which then finds the fee entered.
/// </summary>
public sealed class PostNumberFees(CrmDbContext db, TimeProvider time, ILogger<PostNumberFees> logger)
{
    /// <param name="Posted">Ledger entries added by this run.</param>
    /// <param name="UnknownCost">Numbers with a fee due whose price is unknown, so it is not in the ledger.</param>
    public sealed record Result(int Posted, IReadOnlyList<string> UnknownCost);

    public async Task<Result> RunAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        // Released numbers too: a month that fell due before the release is still owed if the app was down then.
        var numbers = await db.CompanyNumbers.AsNoTracking().Where(n => n.PurchasedAt != null && n.Status != NumberStatus.Pending)
            .OrderBy(n => n.Id).ToListAsync(cancellationToken);
        var posted = 0;
        var unknown = new List<string>();
        foreach (var number in numbers)
        {
            var (added, unknownCost) = await PostAsync(number, now, cancellationToken);
            posted += added;
            if (unknownCost) unknown.Add(number.PhoneNumber);
        }
        if (posted > 0) logger.LogInformation("Number fees: {Posted} entered in the ledger", posted);
        if (unknown.Count > 0)
            logger.LogWarning("Number fees not in the ledger because the number's price is unknown: {Numbers}", string.Join(", ", unknown));
        return new Result(posted, unknown);
    }

    /// <summary>One number's fees in one save, so a race lost on one number does not hold up the others.</summary>
    private async Task<(int Added, bool UnknownCost)> PostAsync(CompanyNumber number, DateTime now, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var due = await NumberFeesDue.FindAsync(db, number, now, cancellationToken);
            if (due.Entries.Count == 0) return (0, due.UnknownCost.Count > 0);
            db.LedgerEntries.AddRange(due.Entries);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return (due.Entries.Count, due.UnknownCost.Count > 0);
            }
            catch (DbUpdateException) when (attempt == 1)
            {
                // Another run (another instance) entered some of them meanwhile: read the ledger again and enter the rest.
            }
            finally { db.ChangeTracker.Clear(); }
        }
    }
}
