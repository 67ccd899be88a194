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
    CrmDbContext db, TelnyxClient telnyx, NumberAuditTrail audit, OneAtATime<SyncNumbers> oneAtATime, IOptions<NumbersOptions> options, TimeProvider time,
    ILiveNotifier live, Compliance.TenDlc.SyncTenDlcAssignments tenDlc, Compliance.TollFree.SyncTollFreeVerifications tollFree, ILogger<SyncNumbers> logger)
{
    public sealed record Result(int Added, int Updated, int Released, int Total)
    {
        /// <summary>The outcome in words, as the page shows it: "3 added, 1 updated, 0 released".</summary>
        public override string ToString() => $"{Added} added, {Updated} updated, {Released} released";
    }

    /// <summary>Right after a fresh start the scheduled sync may not have run yet: the numbers on the account come first.</summary>
    /// <exception cref="TelnyxException">Never synced, and Telnyx could not be asked.</exception>
    public async Task RunUnlessEverSyncedAsync(CancellationToken cancellationToken = default)
    {
        if (!await db.CompanyNumbers.AnyAsync(n => n.LastSyncedAt != null, cancellationToken)) await RunAsync(cancellationToken);
    }

    /// <exception cref="TelnyxException">Telnyx could not be asked; nothing was changed.</exception>
    public async Task<Result> RunAsync(CancellationToken cancellationToken = default)
    {
        // The scheduled sync and a person's click would otherwise add the same number twice.
        await oneAtATime.WaitAsync(cancellationToken);
        try
        {
            return await SyncAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // A person saved a number meanwhile (its version moved): read the rows again and sync once more.
            db.ChangeTracker.Clear();
            return await SyncAsync(cancellationToken);
        }
        finally { oneAtATime.Release(); }
    }

    private async Task<Result> SyncAsync(CancellationToken cancellationToken)
    {
        var listed = await telnyx.ListAllPhoneNumbersAsync(cancellationToken: cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        var rows = await db.CompanyNumbers.Where(n => n.Status != NumberStatus.Released).ToListAsync(cancellationToken);
        var byTelnyxId = rows.Where(r => r.TelnyxId is not null).ToDictionary(r => r.TelnyxId!);
        var byNumber = rows.ToDictionary(r => r.PhoneNumber);
        var listedIds = listed.Select(n => n.Id).ToHashSet();
        // A number marked released that Telnyx still lists under the same id was never gone (its id is unique here).
        var releasedByTelnyxId = (await db.CompanyNumbers
                .Where(n => n.Status == NumberStatus.Released && n.TelnyxId != null && listedIds.Contains(n.TelnyxId))
                .ToListAsync(cancellationToken))
            .ToDictionary(r => r.TelnyxId!);
        int added = 0, updated = 0, released = 0;

        foreach (var number in listed.DistinctBy(n => n.Id))
        {
            var row = byTelnyxId.GetValueOrDefault(number.Id) ?? byNumber.GetValueOrDefault(number.PhoneNumber);
            if (row is null && releasedByTelnyxId.GetValueOrDefault(number.Id) is { } back && TelnyxNumberFields.StatusOf(number.Status) != NumberStatus.Released)
            {
                TelnyxNumberFields.Apply(back, number, options.Value, now);
                back.ReleasedAt = null;
                back.UpdatedAt = now;
                audit.Add(back, NumberAuditAction.Imported, $"Listed on the Telnyx account again ({number.Status ?? "active"}).", NumberAuditTrail.SyncActor);
                added++;
                continue;
            }
            var isNew = row is null;
            row ??= new CompanyNumber { PhoneNumber = number.PhoneNumber, CreatedAt = now };
            TelnyxNumberFields.Apply(row, number, options.Value, now);
            if (isNew)
            {
                if (row.Status == NumberStatus.Released) continue; // Never ours in this app, and gone already.
                db.CompanyNumbers.Add(row);
                audit.Add(row, NumberAuditAction.Imported, $"Brought in by a sync; Telnyx status {number.Status ?? "active"}.", NumberAuditTrail.SyncActor);
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

        foreach (var row in rows.Where(r => r.TelnyxId is not null && !listedIds.Contains(r.TelnyxId)))
        {
            if (!await GoneFromTelnyxAsync(row.TelnyxId!, cancellationToken)) continue;
            MarkReleased(row, "No longer on the Telnyx account: released outside the app.", now);
            released++;
        }

        await tenDlc.ApplyAsync(db.CompanyNumbers.Local.ToList(), cancellationToken);
        await tollFree.ApplyAsync(db.CompanyNumbers.Local.ToList(), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        if (added + updated + released > 0)
        {
            logger.LogInformation("Number sync: {Added} added, {Updated} updated, {Released} released, {Total} on Telnyx", added, updated, released, listed.Count);
            await live.PublishChangedAsync(cancellationToken: cancellationToken);
        }
        return new Result(added, updated, released, listed.Count);
    }

    /// <summary>
    /// Asks for the one number before calling it released: a list read page by page can skip a number when another
    /// leaves the account meanwhile (the pages shift), and a number wrongly marked released would stop being offered.
    /// </summary>
    private async Task<bool> GoneFromTelnyxAsync(string telnyxId, CancellationToken cancellationToken)
    {
        try
        {
            var number = await telnyx.GetPhoneNumberAsync(telnyxId, cancellationToken);
            return TelnyxNumberFields.StatusOf(number.Status) == NumberStatus.Released;
        }
        catch (TelnyxApiException e) when (e.StatusCode == System.Net.HttpStatusCode.NotFound)
        {
            return true;
        }
        catch (TelnyxException e)
        {
            logger.LogWarning("Number {TelnyxId} is missing from Telnyx's list but could not be checked ({Reason}); the next sync checks again", telnyxId, e.Message);
            return false;
        }
    }

    private void MarkReleased(CompanyNumber row, string why, DateTime now)
    {
        row.Status = NumberStatus.Released;
        row.ReleasedAt = now;
        row.UpdatedAt = now;
        audit.Add(row, NumberAuditAction.ReleasedOutside, why, NumberAuditTrail.SyncActor);
    }
}
