using System.Globalization;
using CrmTelnyx.Data;
using CrmTelnyx.Features.TextCenter;
using Microsoft.AspNetCore.WebUtilities;

namespace CrmTelnyx.Features.Calls.History;

/// <summary>
/// What the call history shows: one agent's calls, one company number's, one direction, one outcome, the days
/// <paramref name="From"/> to <paramref name="To"/> (both included, as the company's calendar has them) and a search over
/// the contact's name, the numbers and the words said in the call's recordings (their transcripts). Carried in the export
/// link's query string.
/// </summary>
/// <param name="Agent">The agent's user id.</param>
/// <param name="Number">A company number (E.164): calls made from it or to it.</param>
/// <param name="Outcome">A <see cref="CallOutcome"/> word, or <see cref="InProgress"/> for calls not ended yet.</param>
public sealed record CallHistoryFilter(
    string? Agent = null, string? Number = null, CallDirection? Direction = null, string? Outcome = null,
    DateOnly? From = null, DateOnly? To = null, string? Q = null)
{
    public const string InProgress = "in progress";

    public static readonly IReadOnlyList<string> Outcomes =
        [CallOutcome.Completed, CallOutcome.Voicemail, CallOutcome.NoAnswer, CallOutcome.Busy, CallOutcome.Canceled, CallOutcome.Failed, InProgress];

    /// <summary>The last <paramref name="days"/> days up to today, as the company's calendar has them.</summary>
    public static CallHistoryFilter LastDays(int days, DateTimeOffset now, TimeZoneInfo zone)
    {
        var today = DateOnly.FromDateTime(CompanyClock.ToLocal(now, zone));
        return new CallHistoryFilter(From: today.AddDays(1 - days), To: today);
    }

    /// <summary>Blank values as null, so a filter read from a link equals the same filter set on the page.</summary>
    public CallHistoryFilter Normalized() => this with { Agent = Blank(Agent), Number = Blank(Number), Outcome = Blank(Outcome), Q = Blank(Q) };

    /// <summary>The calls this filter lets <paramref name="viewer"/> see.</summary>
    public IQueryable<Call> Apply(CrmDbContext db, CallHistoryViewer viewer, TimeZoneInfo zone)
    {
        var calls = db.Calls.AsQueryable();
        if (!viewer.SeesEveryone)
        {
            // An Agent's own calls whatever the filter asks; without an id, none (never the calls nobody took).
            if (viewer.UserId is not { } own) return calls.Where(c => false);
            calls = calls.Where(c => c.AgentUserId == own);
        }
        else if (Blank(Agent) is { } agent) calls = calls.Where(c => c.AgentUserId == agent);

        if (Blank(Number) is { } number)
            calls = calls.Where(c => (c.Direction == CallDirection.Outbound && c.From == number) || (c.Direction == CallDirection.Inbound && c.To == number));
        if (Direction is { } direction) calls = calls.Where(c => c.Direction == direction);
        if (Blank(Outcome) is { } outcome)
            calls = outcome == InProgress ? calls.Where(c => c.Status != CallStatus.Ended) : calls.Where(c => c.Outcome == outcome);

        // Days start at the company's midnight, not UTC's: "today" on the East Coast begins at 04:00 or 05:00 UTC.
        if (From is { } from)
        {
            var start = CompanyClock.ToUtc(from.ToDateTime(TimeOnly.MinValue), zone).UtcDateTime;
            calls = calls.Where(c => c.StartedAt >= start);
        }
        if (To is { } to)
        {
            var end = CompanyClock.ToUtc(to.AddDays(1).ToDateTime(TimeOnly.MinValue), zone).UtcDateTime;
            calls = calls.Where(c => c.StartedAt < end);
        }

        if (Blank(Q) is { } q)
        {
            var text = q.Trim().ToLowerInvariant();
            var digits = new string(text.Where(char.IsDigit).ToArray());
            // "(212) 555-01" finds +12125550100 on the call itself, even when no contact has that number.
            calls = IsPhoneLike(text)
                ? calls.Where(c => c.From.Contains(digits) || c.To.Contains(digits)
                    || db.Contacts.Any(ct => ct.Id == c.ContactId && ct.SearchText.Contains(digits)))
                : calls.Where(c => db.Contacts.Any(ct => ct.Id == c.ContactId && ct.SearchText.Contains(text))
                    || c.Recordings.Any(r => r.Transcript != null && r.Transcript.ToLower().Contains(text)));
        }
        return calls;
    }

    /// <summary>The words <see cref="Q"/> looks for in transcripts, lower case; null when it searches a number or nothing.</summary>
    public string? TranscriptWords() => Blank(Q) is { } q && !IsPhoneLike(q.ToLowerInvariant()) ? q.ToLowerInvariant() : null;

    /// <summary><paramref name="path"/> with this filter in its query string.</summary>
    public string Link(string path) => QueryHelpers.AddQueryString(path, new Dictionary<string, string?>
    {
        ["agent"] = Blank(Agent),
        ["number"] = Blank(Number),
        ["direction"] = Direction?.ToString(),
        ["outcome"] = Blank(Outcome),
        ["from"] = From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["to"] = To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["q"] = Blank(Q),
    }.Where(kv => kv.Value is not null).ToDictionary());

    public string ExportLink => Link("/calls/export");

    private static bool IsPhoneLike(string text) =>
        text.Count(char.IsDigit) >= 3 && text.All(ch => char.IsDigit(ch) || " ()+-.".Contains(ch));

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
