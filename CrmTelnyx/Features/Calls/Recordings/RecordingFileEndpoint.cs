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
        // A voicemail was left for the company, not for one agent: everyone who takes calls may hear it.
        if (!recording.IsVoicemail && !MayHear(user, recording.AgentUserId)) return TypedResults.Forbid();
        if (recording is not { Status: RecordingStatus.Stored, FileName: { } fileName }) return TypedResults.NotFound();

        var path = files.PathOf(fileName);
        if (!File.Exists(path)) return TypedResults.NotFound();
        return TypedResults.PhysicalFile(path, recording.ContentType ?? RecordingFiles.Mp3, enableRangeProcessing: true);
    }

    /// <summary>Admins and Managers hear every call; an Agent only their own.</summary>
    public static bool MayHear(ClaimsPrincipal user, string? agentUserId) =>
        user.IsInRole(AppRoles.Admin) || user.IsInRole(AppRoles.Manager)
        || (user.IsInRole(AppRoles.Agent) && agentUserId is not null && user.FindFirstValue(ClaimTypes.NameIdentifier) == agentUserId);
}
