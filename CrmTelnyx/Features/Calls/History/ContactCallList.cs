using System.Security.Claims;
using CrmTelnyx.Data;
using CrmTelnyx.Features.Calls.Recordings;
using CrmTelnyx.Features.TextCenter;
using CrmTelnyx.Features.TextCenter.Settings;
using CrmTelnyx.Identity;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Features.Calls.History;

/// <summary>
/// The calls with one contact, newest first, for the contact page: those linked to the contact, and those with their
/// number that never got linked (the caller for inbound, the number called for outbound). What of each recording a
/// viewer gets follows <see cref="RecordingFileEndpoint"/>: the player where the audio would play, a voicemail's
/// transcript for everyone who takes calls, nothing of either for Staff.
/// </summary>
public sealed class ContactCallList(CrmDbContext db)
{
    public const int PageSize = 20;

    public async Task<ContactCallPage> ReadAsync(long contactId, string phone, ClaimsPrincipal user, int take, CancellationToken cancellationToken = default)
    {
        var viewer = ContactCallViewer.Of(user);
        var calls = Of(contactId, phone);
        // Someone who takes calls but may not open contacts (an Agent) sees only their own calls, and voicemails.
        if (!viewer.SeesEveryCall)
            calls = calls.Where(c => (viewer.UserId != null && c.AgentUserId == viewer.UserId) || c.Recordings.Any(r => r.IsVoicemail));

        var zone = await CompanyClock.ZoneAsync(db, cancellationToken);
        var rows = await (
                from c in calls.AsNoTracking()
                join u in db.Users on c.AgentUserId equals u.Id into agents
                from u in agents.DefaultIfEmpty()
                orderby c.StartedAt descending, c.Id descending
                select new ContactCallRow
                {
                    Id = c.Id,
                    StartedAt = c.StartedAt,
                    Direction = c.Direction,
                    Status = c.Status,
                    Outcome = c.Outcome,
                    DurationSeconds = c.DurationSeconds,
                    AgentUserId = c.AgentUserId,
                    AgentName = u == null ? null : u.DisplayName != "" ? u.DisplayName : u.Email,
                    Disposition = c.Disposition,
                    Notes = c.Notes,
                })
            .Take(take + 1).ToListAsync(cancellationToken);
        var more = rows.Count > take;
        if (more) rows.RemoveAt(take);
        if (viewer.TakesCalls && rows.Count > 0) await AddRecordingsAsync(rows, user, cancellationToken);
        return new ContactCallPage(rows, more, zone);
    }

    /// <summary>Whether any of <paramref name="callIds"/> is a call with this contact: a live event about it re-reads the list.</summary>
    public Task<bool> ConcernsAsync(long contactId, string phone, IReadOnlyCollection<long> callIds, CancellationToken cancellationToken = default) =>
        Of(contactId, phone).AnyAsync(c => callIds.Contains(c.Id), cancellationToken);

    private IQueryable<Call> Of(long contactId, string phone) =>
        db.Calls.Where(c => c.ContactId == contactId
            || (c.ContactId == null && ((c.Direction == CallDirection.Inbound && c.From == phone) || (c.Direction == CallDirection.Outbound && c.To == phone))));

    private async Task AddRecordingsAsync(List<ContactCallRow> rows, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var ids = rows.Select(r => r.Id).ToList();
        var recordings = await db.CallRecordings.AsNoTracking().Where(r => ids.Contains(r.CallId))
            .OrderBy(r => r.Id).ToListAsync(cancellationToken);
        foreach (var row in rows)
        {
            foreach (var recording in recordings.Where(r => r.CallId == row.Id))
            {
                // The same rule as the audio endpoint, so a player never shows for a file that would be refused.
                var mayHear = RecordingFileEndpoint.MayHear(user, recording.IsVoicemail, row.AgentUserId);
                if (mayHear && recording.Status == RecordingStatus.Stored) row.Players.Add(recording);
                else if (recording.IsVoicemail && !string.IsNullOrWhiteSpace(recording.Transcript)) row.VoicemailTranscripts.Add(recording.Transcript);
            }
        }
    }
}

/// <summary>Who looks at a contact's calls: those who may open contacts see every call; those who take calls hear recordings.</summary>
public sealed record ContactCallViewer(string? UserId, bool SeesEveryCall, bool TakesCalls)
{
    public static ContactCallViewer Of(ClaimsPrincipal user) => new(
        user.FindFirstValue(ClaimTypes.NameIdentifier),
        AppRoles.Contacts.Split(',').Any(user.IsInRole),
        AppRoles.Calls.Split(',').Any(user.IsInRole));
}

/// <summary>A page of a contact's calls, whether older ones remain, and the company's time zone to show them in.</summary>
public sealed record ContactCallPage(IReadOnlyList<ContactCallRow> Rows, bool HasMore, TimeZoneInfo Zone);

/// <summary>One call on the contact's timeline.</summary>
public sealed class ContactCallRow
{
    public long Id { get; init; }
    public DateTime StartedAt { get; init; }
    public CallDirection Direction { get; init; }
    public required string Status { get; init; }
    public string? Outcome { get; init; }
    public int? DurationSeconds { get; init; }
    public string? AgentUserId { get; init; }
    public string? AgentName { get; init; }
    public string? Disposition { get; init; }
    public string? Notes { get; init; }

    /// <summary>Stored recordings this viewer may hear (the player shows their transcripts too).</summary>
    public List<CallRecording> Players { get; } = [];

    /// <summary>Transcripts of voicemails not (yet) playable here.</summary>
    public List<string> VoicemailTranscripts { get; } = [];

    /// <summary>How it ended, or where it is while it lasts.</summary>
    public string StatusText => Outcome ?? Status;
}
