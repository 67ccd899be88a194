using CrmTelnyx.Sandbox.Store;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Sandbox.Calls;

/// <summary>GET /sandbox/recordings/{id}.wav: the audio a call.recording.saved points at (pre-signed in Telnyx, so no key here).</summary>
public static class RecordingEndpoint
{
    public static async Task<IResult> HandleAsync(string file, SandboxMode mode, SandboxDbContext db)
    {
        if (!mode.IsActive || !file.EndsWith(".wav", StringComparison.OrdinalIgnoreCase) || !Guid.TryParse(file[..^4], out var id))
            return TypedResults.NotFound();
        var recording = await db.Recordings.FirstOrDefaultAsync(r => r.Id == id && r.EndedAt != null);
        if (recording is null) return TypedResults.NotFound();
        var seconds = (recording.EndedAt!.Value - recording.StartedAt).TotalSeconds;
        return TypedResults.File(ToneWav.Create(seconds), "audio/wav", $"{id}.wav");
    }

    public static string UrlFor(Uri baseUrl, Guid recordingId) => new Uri(baseUrl, $"sandbox/recordings/{recordingId}.wav").ToString();
}
