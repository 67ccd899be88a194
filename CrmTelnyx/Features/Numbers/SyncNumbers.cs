using CrmTelnyx.Data;
using CrmTelnyx.Live;
using CrmTelnyx.Telnyx;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CrmTelnyx.Features.Numbers;

/// <summary>
/// Brings the number rows in step with the Telnyx account: every number Telnyx lists (all pages) is added or updated,
/// and a number the app holds that Telnyx no longer lists was released outside the app, so it is marked released.
/// Numbers of an order still pending (no Telnyx id yet) are left to the order.
/// </summary>
public sealed class SyncNumbers(
    CrmDbContext db, TelnyxClient telnyx, NumberAuditTrail audit, IOptions<NumbersOptions> options, TimeProvider time, ILiveNotifier live,
    ILogger<SyncNumbers> logger)
{
    /// <summary>One sync at a time in this app: the scheduled one and a person's click would otherwise add the same number twice.</summary>
    private static readonly SemaphoreSlim OneAtATime = new(1, 1);

    public sealed record Result(int Added, int Updated, int Released, int Total);

    /// <exception cref="TelnyxException">Telnyx could not be asked; nothing was changed.</exception>
    public async Task<Result> RunAsync(CancellationToken cancellationToken = default)
    {
        await OneAtATime.WaitAsync(cancellationToken);
        try
        {
            return await SyncAsync(cancellationToken);
        }
        finally { OneAtATime.Release(); }
    }

    private async Task<Result> SyncAsync(CancellationToken cancellationToken)
    {
        var listed = await telnyx.ListAllPhoneNumbersAsync(cancellationToken: cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        var rows = await db.CompanyNumbers.Where(n => n.Status != NumberStatus.Released).ToListAsync(cancellationToken);
        var byTelnyxId = rows.Where(r => r.TelnyxId is not null).ToDictionary(r => r.TelnyxId!);
        var byNumber = rows.ToDictionary(r => r.PhoneNumber);
        int added = 0, updated = 0, released = 0;

        foreach (var number in listed.DistinctBy(n => n.Id))
        {
            var row = byTelnyxId.GetValueOrDefault(number.Id) ?? byNumber.GetValueOrDefault(number.PhoneNumber);
            var isNew = row is null;
            row ??= new CompanyNumber { PhoneNumber = number.PhoneNumber, CreatedAt = now };
            TelnyxNumberFields.Apply(row, number, options.Value, now);
            if (isNew)
            {
                if (row.Status == NumberStatus.Released) continue; // Never ours in this app, and gone already.
                db.CompanyNumbers.Add(row);
                audit.Add(row, NumberAuditAction.Imported, $"Found on the Telnyx account ({number.Status ?? "active"}).", NumberAuditTrail.SyncActor);
                added++;
            }
            else if (row.Status == NumberStatus.Released)
            {
                MarkReleased(row, $"Telnyx lists it as {number.Status}.", now);
                released++;
            }
            else if (db.Entry(row).Properties.Any(p => p.IsModified && p.Metadata.Name != nameof(CompanyNumber.LastSyncedAt)))
            {
                row.UpdatedAt = now;
                updated++;
            }
        }

        var listedIds = listed.Select(n => n.Id).ToHashSet();
        foreach (var row in rows.Where(r => r.TelnyxId is not null && !listedIds.Contains(r.TelnyxId)))
        {
            MarkReleased(row, "No longer on the Telnyx account: released outside the app.", now);
            released++;
        }

        await db.SaveChangesAsync(cancellationToken);
        if (added + updated + released > 0)
        {
            logger.LogInformation("Number sync: {Added} added, {Updated} updated, {Released} released, {Total} on Telnyx", added, updated, released, listed.Count);
            await live.PublishChangedAsync(cancellationToken: cancellationToken);
        }
        return new Result(added, updated, released, listed.Count);
    }

    private void MarkReleased(CompanyNumber row, string why, DateTime now)
    {
        row.Status = NumberStatus.Released;
        row.ReleasedAt = now;
        row.UpdatedAt = now;
        audit.Add(row, NumberAuditAction.ReleasedOutside, why, NumberAuditTrail.SyncActor);
    }
}
