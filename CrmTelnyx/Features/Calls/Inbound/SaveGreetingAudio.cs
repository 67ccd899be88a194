using System.Security.Claims;
using CrmTelnyx.Data;
using CrmTelnyx.Features.Calls.Audio;
using CrmTelnyx.Identity;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Features.Calls.Inbound;

/// <summary>
/// An admin uploads a recorded voicemail greeting for one number (played instead of the spoken text), or removes it.
/// The file is checked to be MP3 or WAV by its content, at most 5 MB, before anything is stored.
/// </summary>
public sealed class SaveGreetingAudio(CrmDbContext db, GreetingAudioFiles files, TimeProvider time)
{
    public const string NotAllowed = "Only admins set how numbers answer calls.";

    public static readonly string TooLarge = $"The recording is larger than {GreetingAudioFiles.MaxBytes / 1024 / 1024} MB: shorten it or save it at a lower bit rate.";

    public sealed record Current(string? FileName, string? ShownName);

    public async Task<Current> ReadAsync(string phoneNumber, CancellationToken cancellationToken = default) =>
        await db.InboundRoutes.AsNoTracking().Where(r => r.PhoneNumber == phoneNumber)
            .Select(r => new Current(r.GreetingAudioFile, r.GreetingAudioName)).SingleOrDefaultAsync(cancellationToken)
        ?? new Current(null, null);

    /// <param name="size">The upload's declared size, checked first so a huge file is refused without reading it.</param>
    /// <returns>Null when stored, else why not.</returns>
    public async Task<string?> UploadAsync(ClaimsPrincipal admin, string phoneNumber, string fileName, long size, Stream audio, CancellationToken cancellationToken = default)
    {
        if (!admin.IsInRole(AppRoles.Admin)) return NotAllowed;
        if (size > GreetingAudioFiles.MaxBytes) return TooLarge;
        if (size == 0) return "That file is empty.";
        if (!await db.CompanyNumbers.AnyAsync(n => n.PhoneNumber == phoneNumber && n.ReleasedAt == null, cancellationToken))
            return "That number is no longer the company's.";

        // Read into memory (at most 5 MB) so the format check and the stored file are the same bytes.
        using var copy = new MemoryStream();
        var limited = new byte[81920];
        int read;
        while ((read = await audio.ReadAsync(limited, cancellationToken)) > 0)
        {
            if (copy.Length + read > GreetingAudioFiles.MaxBytes) return TooLarge;
            copy.Write(limited, 0, read);
        }
        if (AudioFormat.Detect(copy.GetBuffer().AsSpan(0, (int)Math.Min(copy.Length, AudioFormat.HeaderLength))) is not { } format)
            return $"“{Path.GetFileName(fileName)}” is not an MP3 or WAV recording: Telnyx plays only those. Export it from your recorder as MP3 or WAV.";

        copy.Position = 0;
        var stored = await files.SaveAsync(copy, format, cancellationToken);
        var route = await db.InboundRoutes.SingleOrDefaultAsync(r => r.PhoneNumber == phoneNumber, cancellationToken);
        if (route is null) db.InboundRoutes.Add(route = new InboundRoute { PhoneNumber = phoneNumber, TimeZone = (await TextCenter.CompanyClock.ZoneAsync(db, cancellationToken)).Id });
        var replaced = route.GreetingAudioFile;
        (route.GreetingAudioFile, route.GreetingAudioName) = (stored, Shorten(Path.GetFileName(fileName)));
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

    private static string Shorten(string name) => name.Length <= 255 ? name : name[..255];
}
