using System.Linq.Expressions;
using CrmTelnyx.Data;
using CrmTelnyx.Features.Contacts;
using CrmTelnyx.Features.Numbers;
using CrmTelnyx.Features.TextCenter.Compose;
using CrmTelnyx.Features.TextCenter.QuietHours;
using CrmTelnyx.Features.TextCenter.Settings;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Features.TextCenter.Blasts.Composer;

/// <summary>
/// The composer's live figures: who receives it (after suppression), the text's encoding, parts per message in the worst
/// case over the audience (its longest names after merge fields), total parts, cost at the Settings' rates, and when the
/// last text should go given the senders' rates, the account's limit and each recipient's quiet hours. Everything about
/// the audience is read in grouped SQL (longest values, recipients per area code and state), never contact by contact.
/// </summary>
public sealed class PreSendCheck(CrmDbContext db, TimeProvider time)
{
    /// <param name="Encoding">The text as written (footer included), before merge fields.</param>
    /// <param name="PartsPerMessage">The most parts one recipient's text can take.</param>
    /// <param name="MessagesPerSecond">The senders' rates together, capped by the account's limit; 0 without senders.</param>
    /// <param name="FinishesAt">When the last text should go (UTC); null when nothing would be sent.</param>
    /// <param name="FinishesIn">The same in the company's time zone, in words ("today 4:40 pm").</param>
    public sealed record Result(
        AudienceCount.Result Audience, TextEncodingCheck.Report Encoding, IReadOnlyList<string> MergeErrors, bool FooterAdded,
        int PartsPerMessage, int TotalParts, decimal Cost, double MessagesPerSecond, DateTimeOffset? FinishesAt, string? FinishesIn);

    private static readonly Dictionary<string, Expression<Func<Contact, string?>>> Columns = new()
    {
        [MergeFields.FirstName] = c => c.FirstName,
        [MergeFields.LastName] = c => c.LastName,
        [MergeFields.Company] = c => c.Company,
        [MergeFields.State] = c => c.State,
    };

    public async Task<Result> RunAsync(BlastDraft draft, CancellationToken cancellationToken = default)
    {
        var settings = await db.TextingSettings.AsNoTracking().FirstOrDefaultAsync(cancellationToken) ?? new TextingSettings();
        var now = time.GetUtcNow();
        var audience = await AudienceCount.ForAsync(db, draft.Audience, cancellationToken);
        var template = MergeTemplate.Parse(draft.Text);
        var encoding = TextEncodingCheck.Of(draft.WithFooter);
        var footerAdded = draft.WithFooter != draft.Text;

        var perMessage = 0;
        List<RecipientGroup> groups = [];
        var query = await AudienceQuery.ForAsync(db, draft.Audience, cancellationToken);
        if (query.Contacts is { } contacts && audience.Recipients > 0 && !string.IsNullOrWhiteSpace(draft.Text))
        {
            var deliverable = AudienceCount.Deliverable(db, contacts);
            perMessage = draft.IsMms ? 1 : await WorstPartsAsync(deliverable, template, draft, cancellationToken);
            groups = await RecipientGroupsAsync(deliverable, cancellationToken);
        }

        var recipients = audience.Recipients;
        var totalParts = perMessage * recipients;
        var cost = draft.IsMms ? recipients * settings.MmsRate : totalParts * settings.SmsRatePerPart;
        var rate = await SendRateAsync(draft.Senders, settings, cancellationToken);
        DateTimeOffset? finishes = null;
        if (rate > 0 && perMessage > 0)
        {
            var start = draft.ScheduledFor is { } at && at > now ? at : now;
            // Duplicate rows of a phone are counted once: the groups hold at most the audience's rows, scaled to the recipients.
            var decided = groups.Select(g => (g.Count, QuietHoursCheck.DecideAt(g.SamplePhone, g.State, start).SendAt));
            var estimate = BlastEstimate.For(
                decided.SelectMany(g => Enumerable.Repeat((perMessage, g.SendAt), g.Count)).Take(recipients), start, rate, settings.SmsRatePerPart);
            finishes = estimate.FinishesAt;
        }
        var zone = CompanyClock.Zone(settings.CompanyTimeZone);
        return new Result(audience, encoding, template.Errors, footerAdded, perMessage, totalParts, cost, rate, finishes,
            finishes is { } f ? CompanyClock.Describe(f, now, zone) : null);
    }

    private sealed record RecipientGroup(string SamplePhone, string? State, int Count);

    /// <summary>Recipients by area code (the number's first digits) and state: quiet hours are the same within a group.</summary>
    private static async Task<List<RecipientGroup>> RecipientGroupsAsync(IQueryable<Contact> deliverable, CancellationToken cancellationToken)
    {
        var rows = await deliverable
            .GroupBy(c => new { Prefix = c.Phone.Substring(0, 5), c.State })
            .Select(g => new { g.Key.Prefix, g.Key.State, Count = g.Count() })
            .ToListAsync(cancellationToken);
        // A made-up line number in the group's area code: quiet hours only read the area code (and the state).
        return rows.Select(r => new RecipientGroup(r.Prefix.StartsWith("+1") ? r.Prefix + "5550100" : r.Prefix, r.State, r.Count)).ToList();
    }

    /// <summary>
    /// Parts of the longest text any recipient can get: the template rendered with each field's longest value (or its
    /// fallback when that is longer), and as UCS-2 when some value of a used field has a character outside GSM-7.
    /// </summary>
    private static async Task<int> WorstPartsAsync(IQueryable<Contact> deliverable, MergeTemplate template, BlastDraft draft, CancellationToken cancellationToken)
    {
        var longest = new Dictionary<string, string?>();
        string? forcesUnicode = null;
        foreach (var field in template.Fields)
        {
            var column = deliverable.Select(Columns[field]);
            longest[field] = await column.Where(v => v != null).OrderByDescending(v => v!.Length).FirstOrDefaultAsync(cancellationToken);
            if (forcesUnicode is not null) continue;
            // Only values with a character outside printable ASCII can hold one; GLOB keeps the look in SQL.
            var unusual = await column.Where(v => v != null && EF.Functions.Glob(v, "*[^ -~]*")).Distinct().Take(500).ToListAsync(cancellationToken);
            forcesUnicode = unusual.FirstOrDefault(v => v!.Any(ch => !SegmentCounter.IsGsm7(ch)));
        }
        if (forcesUnicode is not null)
        {
            // Worst case: the longest value's length, written in a character that forces UCS-2.
            var field = longest.Keys.First();
            longest[field] = forcesUnicode.PadRight(Math.Max(forcesUnicode.Length, longest[field]?.Length ?? 0), '.');
        }
        var withValues = template.Render(longest).Text;
        var withFallbacks = template.Render(new Dictionary<string, string?>()).Text;
        string Sent(string text) => draft.IsMarketing ? OptOutFooter.AddTo(text) : text;
        return Math.Max(SegmentCounter.Of(Sent(withValues)).Parts, SegmentCounter.Of(Sent(withFallbacks)).Parts);
    }

    /// <summary>Messages a second the chosen senders may send together (local or toll-free rate each), capped by the account's limit.</summary>
    public async Task<double> SendRateAsync(IReadOnlyList<string> senders, TextingSettings settings, CancellationToken cancellationToken = default)
    {
        if (senders.Count == 0) return 0;
        var numbers = senders.ToList();
        var kinds = await db.CompanyNumbers.AsNoTracking()
            .Where(n => numbers.Contains(n.PhoneNumber) && n.Status == NumberStatus.Active && n.CanSms && n.BlastsEnabled && !n.HealthPaused && n.ReleasedAt == null)
            .Select(n => n.Kind).ToListAsync(cancellationToken);
        var sum = kinds.Sum(k => k == NumberKind.TollFree ? settings.TollFreeMessagesPerSecond : settings.LocalNumberMessagesPerSecond);
        return Math.Min(sum, settings.AccountMessagesPerSecond);
    }
}
