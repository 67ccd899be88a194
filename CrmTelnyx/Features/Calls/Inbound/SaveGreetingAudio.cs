using System.Security.Claims;
using CrmTelnyx.Data;
using CrmTelnyx.Features.Calls.Audio;
using CrmTelnyx.Identity;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Features.Calls.Inbound;

/// <summary>An admin uploads a recorded voicemail greeting for one number (played instead of the spoken text), or removes it.</summary>
public sealed class SaveGreetingAudio(CrmDbContext db, StoreUploadedAudio store, UploadedAudioFiles files, TimeProvider time)
{
    public const string NotAllowed = "Only admins set how numbers answer calls.";

    public async Task<UploadedAudio> ReadAsync(string phoneNumber, CancellationToken cancellationToken = default) =>
        await db.InboundRoutes.AsNoTracking().Where(r => r.PhoneNumber == phoneNumber)
            .Select(r => new UploadedAudio(r.GreetingAudioFile, r.GreetingAudioName)).SingleOrDefaultAsync(cancellationToken)
        ?? UploadedAudio.None;

    /// <returns>Null when stored, else why not.</returns>
    public async Task<string?> UploadAsync(ClaimsPrincipal admin, string phoneNumber, string fileName, long size, Stream audio, CancellationToken cancellationToken = default)
    {
        if (!admin.IsInRole(AppRoles.Admin)) return NotAllowed;
        if (!await db.CompanyNumbers.AnyAsync(n => n.PhoneNumber == phoneNumber && n.ReleasedAt == null, cancellationToken))
            return "That number is no longer the company's.";
        var (stored, error) = await store.RunAsync(fileName, size, audio, cancellationToken);
        if (stored is null) return error;

        var route = await db.InboundRoutes.SingleOrDefaultAsync(r => r.PhoneNumber == phoneNumber, cancellationToken);
        if (route is null) db.InboundRoutes.Add(route = new InboundRoute { PhoneNumber = phoneNumber, TimeZone = (await TextCenter.CompanyClock.ZoneAsync(db, cancellationToken)).Id });
        var replaced = route.GreetingAudioFile;
        (route.GreetingAudioFile, route.GreetingAudioName) = (stored.FileName, stored.ShownName);
        Touch(route, admin);
        await db.SaveChangesAsync(cancellationToken);
        files.Delete(replaced);
        return null;
    }

    public async Task<string?> RemoveAsync(ClaimsPrincipal admin, string phoneNumber, CancellationToken cancellationToken = default)
    {
        if (!admin.IsInRole(AppRoles.Admin)) return NotAllowed;
        var route = await db.InboundRoutes.SingleOrDefaultAsync(r => r.PhoneNumber == phoneNumber, cancellationToken);
        if (route?.GreetingAudioFile is not { } removed) return null;
        (route.GreetingAudioFile, route.GreetingAudioName) = (null, null);
        Touch(route, admin);
        await db.SaveChangesAsync(cancellationToken);
        files.Delete(removed);
        return null;
    }

    private void Touch(InboundRoute route, ClaimsPrincipal admin)
    {
        route.UpdatedAt = time.GetUtcNow().UtcDateTime;
        route.UpdatedBy = admin.Identity?.Name;
    }
}
