using CrmTelnyx.Data;
using CrmTelnyx.Features.Numbers;
using CrmTelnyx.Features.TextCenter;
using CrmTelnyx.Features.TextCenter.Settings;
using CrmTelnyx.Identity;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Features.Calls.History;

/// <summary>
/// The call history: a page of calls with their contact's and agent's names, sorted and paged in SQL, the totals over
/// everything the filter matches, and the choices its filters offer.
/// </summary>
public sealed class CallHistoryQuery(CrmDbContext db)
{
    public sealed record AgentChoice(string Id, string Name, bool IsDisabled);

    public sealed record NumberChoice(string PhoneNumber, string? FriendlyName, bool IsReleased);

    /// <summary>The company's time zone (Settings → Texting), in which days start and times are shown.</summary>
    public Task<TimeZoneInfo> ZoneAsync(CancellationToken cancellationToken = default) => CompanyClock.ZoneAsync(db, cancellationToken);

    public async Task<CallHistoryPage> PageAsync(
        CallHistoryFilter filter, CallHistoryViewer viewer, TimeZoneInfo zone, CallHistorySort sort, bool descending,
        int page, int pageSize, CallHistoryTotals? knownTotals = null, CancellationToken cancellationToken = default)
    {
        var calls = filter.Apply(db, viewer, zone).AsNoTracking();
        var totals = knownTotals ?? await TotalsAsync(calls, cancellationToken);
        var words = filter.TranscriptWords();
        var rows = await Sorted(Rows(calls, words), sort, descending).Skip(page * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return new CallHistoryPage(rows.Select(r => r.TranscriptSnippet is { } snippet ? r with { TranscriptSnippet = Trimmed(snippet) } : r).ToList(), totals);
    }

    public Task<CallHistoryTotals> TotalsAsync(CallHistoryFilter filter, CallHistoryViewer viewer, TimeZoneInfo zone, CancellationToken cancellationToken = default) =>
        TotalsAsync(filter.Apply(db, viewer, zone).AsNoTracking(), cancellationToken);

    /// <summary>Every matching call, newest first, read as it is written out (the export's constant memory).</summary>
    public IAsyncEnumerable<CallHistoryRow> StreamAsync(CallHistoryFilter filter, CallHistoryViewer viewer, TimeZoneInfo zone) =>
        Sorted(Rows(filter.Apply(db, viewer, zone).AsNoTracking(), transcriptWords: null), CallHistorySort.When, descending: true).AsAsyncEnumerable();

    /// <summary>Everyone who takes calls (Agents, Managers, Admins), disabled ones too: their calls stay in the history.</summary>
    public async Task<IReadOnlyList<AgentChoice>> AgentsAsync(CancellationToken cancellationToken = default)
    {
        var users = await CallTakers.In(db).AsNoTracking()
            .Select(u => new { u.Id, u.DisplayName, u.Email, u.IsDisabled })
            .ToListAsync(cancellationToken);
        return users.Select(u => new AgentChoice(u.Id, u.DisplayName.Length > 0 ? u.DisplayName : u.Email ?? u.Id, u.IsDisabled))
            .OrderBy(u => u.IsDisabled).ThenBy(u => u.Name, StringComparer.OrdinalIgnoreCase).ToList();
    }

    /// <summary>The company's numbers, released ones last: calls made on them before stay in the history.</summary>
    public async Task<IReadOnlyList<NumberChoice>> NumbersAsync(CancellationToken cancellationToken = default) =>
        await db.CompanyNumbers.AsNoTracking()
            .OrderBy(n => n.Status == NumberStatus.Released).ThenBy(n => n.PhoneNumber)
            .Select(n => new NumberChoice(n.PhoneNumber, n.FriendlyName, n.Status == NumberStatus.Released))
            .ToListAsync(cancellationToken);

    private static async Task<CallHistoryTotals> TotalsAsync(IQueryable<Call> calls, CancellationToken cancellationToken)
    {
        // SQLite keeps decimals as text and EF will not sum them; as REAL the sum is exact to far below a cent, rounded back.
        var totals = await calls.GroupBy(_ => 1).Select(g => new
        {
            Calls = g.Count(),
            Answered = g.Count(c => c.AnsweredAt != null),
            Talk = g.Sum(c => c.DurationSeconds ?? 0),
            Billed = g.Sum(c => c.BilledSeconds ?? 0),
            Cost = g.Sum(c => (double?)c.Cost),
        }).SingleOrDefaultAsync(cancellationToken);
        return totals is null
            ? CallHistoryTotals.None
            : new CallHistoryTotals(totals.Calls, totals.Answered, totals.Talk, totals.Billed, Math.Round((decimal)(totals.Cost ?? 0), 6));
    }

    /// <summary>The page's calls; with <paramref name="transcriptWords"/>, each carries the words' surroundings in the first transcript that has them.</summary>
    private IQueryable<CallHistoryRow> Rows(IQueryable<Call> calls, string? transcriptWords) =>
        from c in calls
        join ct in db.Contacts on c.ContactId equals (long?)ct.Id into contacts
        from ct in contacts.DefaultIfEmpty()
        join u in db.Users on c.AgentUserId equals u.Id into agents
        from u in agents.DefaultIfEmpty()
        select new CallHistoryRow
        {
            Id = c.Id,
            StartedAt = c.StartedAt,
            Direction = c.Direction,
            From = c.From,
            To = c.To,
            Status = c.Status,
            Outcome = c.Outcome,
            HangupCause = c.HangupCause,
            DurationSeconds = c.DurationSeconds,
            BilledSeconds = c.BilledSeconds,
            Cost = c.Cost,
            Disposition = c.Disposition,
            Notes = c.Notes,
            HasRecording = c.Recordings.Any(r => r.Status == RecordingStatus.Stored),
            ContactId = ct != null && ct.DeletedAt == null ? ct.Id : null,
            ContactFirstName = ct == null ? null : ct.FirstName,
            ContactLastName = ct == null ? null : ct.LastName,
            AgentUserId = c.AgentUserId,
            AgentName = u == null ? null : u.DisplayName,
            // Cut in SQL: a transcript may run to 100,000 characters, the grid shows a line of it.
            TranscriptSnippet = transcriptWords == null ? null : c.Recordings
                .Where(r => r.Transcript != null && r.Transcript.ToLower().Contains(transcriptWords))
                .OrderBy(r => r.Id)
                .Select(r => (r.Transcript!.ToLower().IndexOf(transcriptWords) > SnippetLead ? Ellipsis : "")
                    + r.Transcript.Substring(Math.Max(0, r.Transcript.ToLower().IndexOf(transcriptWords) - SnippetLead), SnippetLength)
                    + (r.Transcript.Length > Math.Max(0, r.Transcript.ToLower().IndexOf(transcriptWords) - SnippetLead) + SnippetLength ? Ellipsis : ""))
                .FirstOrDefault(),
        };

    private const int SnippetLead = 40, SnippetLength = 120;
    private const string Ellipsis = "…";

    /// <summary>On one line, without the word cut in half where the snippet was cut.</summary>
    private static string Trimmed(string snippet)
    {
        var text = snippet.ReplaceLineEndings(" ");
        if (text.StartsWith(Ellipsis, StringComparison.Ordinal) && text.IndexOf(' ') is var first and > 0) text = Ellipsis + text[(first + 1)..];
        if (text.EndsWith(Ellipsis, StringComparison.Ordinal) && text.LastIndexOf(' ') is var last && last > text.Length / 2) text = text[..last] + Ellipsis;
        return text.Trim();
    }

    private static IQueryable<CallHistoryRow> Sorted(IQueryable<CallHistoryRow> rows, CallHistorySort sort, bool descending)
    {
        IOrderedQueryable<CallHistoryRow> sorted = (sort, descending) switch
        {
            (CallHistorySort.Duration, false) => rows.OrderBy(r => r.DurationSeconds),
            (CallHistorySort.Duration, true) => rows.OrderByDescending(r => r.DurationSeconds),
            (CallHistorySort.Billed, false) => rows.OrderBy(r => r.BilledSeconds),
            (CallHistorySort.Billed, true) => rows.OrderByDescending(r => r.BilledSeconds),
            // SQLite cannot order decimals (kept as text) either.
            (CallHistorySort.Cost, false) => rows.OrderBy(r => (double?)r.Cost),
            (CallHistorySort.Cost, true) => rows.OrderByDescending(r => (double?)r.Cost),
            (CallHistorySort.Agent, false) => rows.OrderBy(r => r.AgentName == null).ThenBy(r => r.AgentName),
            (CallHistorySort.Agent, true) => rows.OrderBy(r => r.AgentName == null).ThenByDescending(r => r.AgentName),
            (CallHistorySort.Contact, false) => rows.OrderBy(r => r.ContactFirstName == null).ThenBy(r => r.ContactFirstName).ThenBy(r => r.ContactLastName),
            (CallHistorySort.Contact, true) => rows.OrderBy(r => r.ContactFirstName == null).ThenByDescending(r => r.ContactFirstName).ThenByDescending(r => r.ContactLastName),
            (_, false) => rows.OrderBy(r => r.StartedAt),
            (_, true) => rows.OrderByDescending(r => r.StartedAt),
        };
        return descending ? sorted.ThenByDescending(r => r.Id) : sorted.ThenBy(r => r.Id);
    }
}
