using System.Security.Claims;
using CrmTelnyx.Data;
using CrmTelnyx.Features.Calls.Audio;
using CrmTelnyx.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Features.Calls.Settings;

/// <summary>
/// An admin uploads a recording of the prepared voicemail (played to answering machines instead of the spoken text), or
/// removes it. Written beside the settings form's fields without touching its version: an upload is its own action, and
/// must not make the form the admin is editing look out of date.
/// </summary>
public sealed class SaveVoicemailDropAudio(CrmDbContext db, IAuthorizationService authorization, StoreUploadedAudio store, UploadedAudioFiles files)
{
    public async Task<UploadedAudio> ReadAsync(CancellationToken cancellationToken = default) =>
        await db.CallSettings.AsNoTracking().Select(s => new UploadedAudio(s.VoicemailDropAudioFile, s.VoicemailDropAudioName)).SingleOrDefaultAsync(cancellationToken)
        ?? UploadedAudio.None;

    /// <returns>Null when stored, else why not.</returns>
    public async Task<string?> UploadAsync(ClaimsPrincipal admin, string fileName, long size, Stream audio, CancellationToken cancellationToken = default)
    {
        if (!(await authorization.AuthorizeAsync(admin, AppPolicies.AdminOnly)).Succeeded) return SaveCallSettings.NotForYou;
        var (stored, error) = await store.RunAsync(fileName, size, audio, cancellationToken);
        if (stored is null) return error;
        await ReplaceAsync(stored.FileName, stored.ShownName, cancellationToken);
        return null;
    }

    public async Task<string?> RemoveAsync(ClaimsPrincipal admin, CancellationToken cancellationToken = default)
    {
        if (!(await authorization.AuthorizeAsync(admin, AppPolicies.AdminOnly)).Succeeded) return SaveCallSettings.NotForYou;
        await ReplaceAsync(null, null, cancellationToken);
        return null;
    }

    private async Task ReplaceAsync(string? fileName, string? shownName, CancellationToken cancellationToken)
    {
        var replaced = (await ReadAsync(cancellationToken)).FileName;
        await db.CallSettings.Where(s => s.Id == CallSettings.SingletonId).ExecuteUpdateAsync(u => u
            .SetProperty(s => s.VoicemailDropAudioFile, fileName)
            .SetProperty(s => s.VoicemailDropAudioName, shownName), cancellationToken);
        if (replaced != fileName) files.Delete(replaced);
    }
}
