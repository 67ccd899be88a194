using System.Net;
using CrmTelnyx.Data;
using CrmTelnyx.Live;
using CrmTelnyx.Phones;
using CrmTelnyx.Telnyx;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Features.Numbers;

/// <summary>
/// Releases a number at Telnyx, then marks its row released (kept, so its messages, calls and costs stay reportable)
/// with an audit entry. Telnyx is asked first: a number Telnyx refused to release stays the company's, unchanged.
/// Once released it is no longer on the Telnyx account, so nothing offers it as a sender or caller ID again.
/// </summary>
public sealed class ReleaseNumber(CrmDbContext db, TelnyxClient telnyx, NumberAuditTrail audit, TimeProvider time, ILiveNotifier live,
    ILogger<ReleaseNumber> logger)
{
    /// <param name="Released">The row is now released (by this call, or it already was at Telnyx).</param>
    /// <param name="Message">What happened, in words for the person who asked.</param>
    public sealed record Result(bool Released, string Message);

    /// <param name="typed">What the person typed to confirm: it must be this number (<see cref="ReleaseConfirmation"/>).</param>
    /// <param name="actor">Who releases it (their e-mail), for the audit trail.</param>
    public async Task<Result> ReleaseAsync(long id, string? typed, string actor, CancellationToken cancellationToken = default)
    {
        var number = await db.CompanyNumbers.AsNoTracking().SingleOrDefaultAsync(n => n.Id == id, cancellationToken);
        if (number is null) return new(false, EditNumber.NoSuchNumber);
        var shown = PhoneNumberNormalizer.Format(number.PhoneNumber);
        if (number.Status == NumberStatus.Released)
            return new(false, $"{shown} was already released{(number.ReleasedAt is { } at ? $" on {at:yyyy-MM-dd} (UTC)" : "")}.");
        if (!ReleaseConfirmation.Matches(typed, number.PhoneNumber)) return new(false, $"Type {shown} to confirm; nothing was released.");
        if (number.TelnyxId is null)
            return new(false, $"{shown} is still being ordered from Telnyx, so it cannot be released yet. Try again once the order has completed.");

        string details, message, telnyxStatus = "deleted";
        try
        {
            var deleted = await telnyx.DeletePhoneNumberAsync(number.TelnyxId, cancellationToken);
            telnyxStatus = deleted.Status ?? telnyxStatus;
            (details, message) = ("Released at Telnyx.", $"{shown} was released.");
        }
        catch (TelnyxApiException e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            // Released outside the app (or by an earlier attempt whose answer was lost): it is gone either way.
            (details, message) = ("Telnyx no longer had it on the account (already released there).",
                $"{shown} was already gone from the Telnyx account, so it is now marked released here.");
        }
        catch (TelnyxUnreachableException e) when (e.MayHaveBeenApplied)
        {
            return new(false, $"Telnyx's answer did not arrive, so it is not known whether {shown} was released. "
                + "It stays listed as yours; try releasing it again (a number already gone is then marked released), or sync from Telnyx.");
        }
        catch (TelnyxException e)
        {
            return new(false, $"{shown} was not released: {e.Message}");
        }

        await MarkReleasedAsync(id, telnyxStatus, details, actor, cancellationToken);
        logger.LogInformation("Number {Number} released by {Actor}: {Details}", number.PhoneNumber, actor, details);
        await live.PublishChangedAsync(id, cancellationToken);
        return new(true, message);
    }

    /// <summary>Telnyx has let it go, so the row follows whatever else (a sync, an edit) saved it meanwhile.</summary>
    private async Task MarkReleasedAsync(long id, string telnyxStatus, string details, string actor, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var number = await db.CompanyNumbers.SingleAsync(n => n.Id == id, cancellationToken);
            var now = time.GetUtcNow().UtcDateTime;
            number.Status = NumberStatus.Released;
            number.TelnyxStatus = telnyxStatus;
            number.ReleasedAt ??= now;
            number.UpdatedAt = now;
            number.UpdatedBy = actor;
            audit.Add(number, NumberAuditAction.Released, details, actor);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return;
            }
            catch (DbUpdateConcurrencyException) when (attempt < 3)
            {
                db.ChangeTracker.Clear();
            }
        }
    }
}
