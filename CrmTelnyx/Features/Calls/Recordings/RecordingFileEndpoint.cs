using System.Security.Claims;
using CrmTelnyx.Data;
using CrmTelnyx.Identity;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Features.Calls.Recordings;

/// <summary>
/// GET /calls/recordings/{id}: the stored audio, with range requests so the player can seek. Behind the Calls policy;
/// Admins and Managers hear every recording, an Agent only those of their own calls. 404 until the file is stored.
/// </summary>
public static class RecordingFileEndpoint
{
    public const string Pattern = "/recordings/{Id:long}";

    public static string UrlFor(long recordingId) => $"/calls/recordings/{recordingId}";

    public static RouteHandlerBuilder MapRecordingFile(this RouteGroupBuilder calls) => calls.MapGet(Pattern, GetAsync);

    public static async Task<Results<PhysicalFileHttpResult, NotFound, ForbidHttpResult>> GetAsync(
        long id, ClaimsPrincipal user, CrmDbContext db, RecordingFiles files, CancellationToken cancellationToken)
    {
        var recording = await db.CallRecordings.AsNoTracking().Where(r => r.Id == id)
            .Select(r => new { r.Status, r.FileName, r.ContentType, r.IsVoicemail, r.Call!.AgentUserId })
            .SingleOrDefaultAsync(cancellationToken);
        if (recording is null) return TypedResults.NotFound();
        if (!MayHear(user, recording.IsVoicemail, recording.AgentUserId)) return TypedResults.Forbid();
        if (recording is not { Status: RecordingStatus.Stored, FileName: { } fileName }) return TypedResults.NotFound();

        var path = files.PathOf(fileName);
        if (!File.Exists(path)) return TypedResults.NotFound();
        return TypedResults.PhysicalFile(path, recording.ContentType ?? RecordingFiles.Mp3, enableRangeProcessing: true);
    }

    /// <summary>
    /// Admins and Managers hear every call, an Agent only their own (<see cref="Panel.CallAccess"/>); a voicemail was
    /// left for the company, not for one agent, so everyone who takes calls may hear it. Staff hear none.
    /// </summary>
    public static bool MayHear(ClaimsPrincipal user, bool isVoicemail, string? agentUserId) =>
        CallTakers.Includes(user) && (isVoicemail || Panel.CallAccess.MayControl(user, agentUserId));
}
