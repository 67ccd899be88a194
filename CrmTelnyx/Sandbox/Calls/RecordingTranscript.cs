using CrmTelnyx.Sandbox.Store;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Sandbox.Calls;

/// <summary>
/// What the sandbox "hears" on a recording: the text spoken with speak on the call while it recorded; when nothing
/// was spoken, the far end talking (a fixed sentence naming them: the caller of an inbound call, the callee of an outbound one).
/// </summary>
public static class RecordingTranscript
{
    public static async Task<string> ForAsync(SandboxDbContext db, SandboxCall call, SandboxRecording recording)
    {
        var end = recording.EndedAt ?? DateTime.MaxValue;
        var spoken = await db.Speeches.AsNoTracking()
            .Where(s => s.CallControlId == call.CallControlId && s.SpokenAt >= recording.StartedAt && s.SpokenAt <= end)
            .OrderBy(s => s.Id).Select(s => s.Text).ToListAsync();
        return spoken.Count > 0 ? string.Join(" ", spoken) : FarEndSays(call);
    }

    public static string FarEndSays(SandboxCall call) =>
        $"Hello, this is {(call.Direction == "incoming" ? call.From : call.To)}. Please call me back when you can. Thank you.";
}
