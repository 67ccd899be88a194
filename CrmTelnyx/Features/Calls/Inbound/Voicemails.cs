using CrmTelnyx.Data;
using CrmTelnyx.Live;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Features.Calls.Inbound;

/// <summary>The company's voicemails: newest first, unread counted for the app bar, and marked read once heard.</summary>
public sealed class Voicemails(CrmDbContext db, ILiveNotifier live)
{
    public sealed record Row(CallRecording Recording, long CallId, string From, string To, long? ContactId, string? ContactName, DateTime LeftAt);

    public async Task<IReadOnlyList<Row>> ListAsync(int take = 20, CancellationToken cancellationToken = default) =>
        await db.CallRecordings.AsNoTracking().Where(r => r.IsVoicemail)
            .OrderBy(r => r.IsRead).ThenByDescending(r => r.Id)
            .Take(take)
            .Select(r => new Row(r, r.CallId, r.Call!.From, r.Call.To, r.Call.ContactId,
                db.Contacts.Where(c => c.Id == r.Call.ContactId).Select(c => (c.FirstName + " " + c.LastName).Trim()).FirstOrDefault(),
                r.StartedAt ?? r.Call.StartedAt))
            .ToListAsync(cancellationToken);

    /// <summary>The company's clock (Settings → Texting), so a voicemail's time reads like the history's.</summary>
    public Task<TimeZoneInfo> ZoneAsync(CancellationToken cancellationToken = default) => TextCenter.CompanyClock.ZoneAsync(db, cancellationToken);

    public Task<int> UnreadCountAsync(CancellationToken cancellationToken = default) =>
        db.CallRecordings.CountAsync(r => r.IsVoicemail && !r.IsRead, cancellationToken);

    public async Task MarkReadAsync(long recordingId, bool read, CancellationToken cancellationToken = default)
    {
        var recording = await db.CallRecordings.Include(r => r.Call).SingleOrDefaultAsync(r => r.Id == recordingId && r.IsVoicemail, cancellationToken);
        if (recording is null || recording.IsRead == read) return;
        recording.IsRead = read;
        await db.SaveChangesAsync(cancellationToken);
        // Every open count and list follows.
        await live.PublishCallAsync(recording.Call!, cancellationToken);
    }
}
