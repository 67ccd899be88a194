using System.Security.Claims;
using CrmTelnyx.Data;
using CrmTelnyx.Live;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Features.Calls.Panel;

/// <summary>After the call: its disposition (one of the company's list) and the agent's notes.</summary>
public sealed class SaveCallWrapUp(CrmDbContext db, ILiveNotifier live)
{
    public const int NotesMaxLength = 4000;

    public async Task<string?> RunAsync(ClaimsPrincipal user, long callId, string? disposition, string? notes, CancellationToken cancellationToken = default)
    {
        var call = await db.Calls.SingleOrDefaultAsync(c => c.Id == callId, cancellationToken);
        if (call is null) return "That call no longer exists.";
        if (!CallAccess.MayControl(user, call)) return CallAccess.NotYours;
        notes = string.IsNullOrWhiteSpace(notes) ? null : notes.Trim();
        if (notes?.Length > NotesMaxLength) return $"Notes are at most {NotesMaxLength} characters; these are {notes.Length}.";
        disposition = string.IsNullOrWhiteSpace(disposition) ? null : disposition.Trim();
        if (disposition is not null)
        {
            var allowed = (await db.CallSettings.AsNoTracking().SingleAsync(cancellationToken)).DispositionList;
            if (!allowed.Contains(disposition)) return $"'{disposition}' is not one of the dispositions in Settings.";
        }
        call.Disposition = disposition;
        call.Notes = notes;
        await db.SaveChangesAsync(cancellationToken);
        await live.PublishCallAsync(call, cancellationToken);
        return null;
    }
}
