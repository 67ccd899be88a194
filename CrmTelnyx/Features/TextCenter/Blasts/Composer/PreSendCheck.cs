using CrmTelnyx.Data;
using CrmTelnyx.Features.Billing.Budget;
using CrmTelnyx.Features.Compliance.TenDlc.Campaigns;
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
public sealed class PreSendCheck(CrmDbContext db, AudienceProfile profile, BlastBudgetHold budgetHold, TimeProvider time)
{
    /// <param name="Encoding">The text as written (footer included), before merge fields.</param>
    /// <param name="UnicodeValue">A recipient's value of a merge field that makes their text UCS-2 ("Zoë"), when one does.</param>
    /// <param name="PartsPerMessage">The most parts one recipient's text can take.</param>
    /// <param name="MessagesPerSecond">The senders' rates together, capped by the account's limit; 0 without senders.</param>
    /// <param name="FinishesAt">When the last text should go (UTC); null when nothing would be sent.</param>
    /// <param name="FinishesIn">The same in the company's time zone, in words ("today 4:40 pm").</param>
    /// <param name="BudgetHold">Why it would wait for a manager once started (it would pass the budget); null when it would go.</param>
    /// <param name="RateLimits">Which 10DLC campaigns hold the senders below their usual rate, and T-Mobile daily caps the blast would pass, in words.</param>
    /// <param name="UseCaseWarning">Why the text may not fit the senders' 10DLC campaigns; null when it fits.</param>
    public sealed record Result(
        AudienceCount.Result Audience, TextEncodingCheck.Report Encoding, IReadOnlyList<string> MergeErrors, bool FooterAdded, string? UnicodeValue,
        int PartsPerMessage, int TotalParts, decimal Cost, double MessagesPerSecond, DateTimeOffset? FinishesAt, string? FinishesIn,
        string? BudgetHold = null, IReadOnlyList<string>? RateLimits = null, string? UseCaseWarning = null);

    public async Task<Result> RunAsync(BlastDraft draft, CancellationToken cancellationToken = default)
    {
        var settings = await db.TextingSettings.AsNoTracking().FirstOrDefaultAsync(cancellationToken) ?? new TextingSettings();
        var now = time.GetUtcNow();
        var facts = await profile.ForAsync(draft.Audience, draft.ComposerId, cancellationToken);
        var audience = facts.Count;
        var template = MergeTemplate.Parse(draft.Text);
        var encoding = TextEncodingCheck.Of(draft.WithFooter);
        var footerAdded = draft.WithFooter != draft.Text;

        var perMessage = 0;
        string? unicodeValue = null;
        if (audience.Recipients > 0 && !string.IsNullOrWhiteSpace(draft.Text))
        {
            foreach (var field in template.Fields)
                if ((unicodeValue = await profile.UnicodeValueAsync(draft.Audience, draft.ComposerId, field, cancellationToken)) is not null) break;
            perMessage = draft.IsMms ? 1 : WorstParts(template, facts.LongestByField, unicodeValue, draft.IsMarketing);
        }

        var recipients = audience.Recipients;
        var totalParts = perMessage * recipients;
        var cost = draft.IsMms ? recipients * settings.MmsRate : totalParts * settings.SmsRatePerPart;
        var senders = await UsableSendersAsync(draft.Senders, cancellationToken);
        var rates = await SenderRates.LoadAsync(db, settings, cancellationToken);
        var rate = senders.Count == 0 ? 0 : rates.Combined(senders.Select(s => s.PhoneNumber));
        var campaigns = await CampaignsAsync(senders, cancellationToken);
        DateTimeOffset? finishes = null;
        if (rate > 0 && perMessage > 0)
        {
            var start = draft.ScheduledFor is { } at && at > now ? at : now;
            var decided = facts.Groups.Select(g => (g.Recipients, QuietHoursCheck.DecideAt(g.SamplePhone, g.State, start).SendAt));
            // A phone in two groups (two contacts, two states) is one recipient: the list stops at the recipients' count.
            var estimate = BlastEstimate.For(
                decided.SelectMany(g => Enumerable.Repeat((perMessage, g.SendAt), g.Recipients)).Take(recipients), start, rate, settings.SmsRatePerPart);
            finishes = estimate.FinishesAt;
        }
        var zone = CompanyClock.Zone(settings.CompanyTimeZone);
        return new Result(audience, encoding, template.Errors, footerAdded, unicodeValue, perMessage, totalParts, cost, rate, finishes,
            finishes is { } f ? CompanyClock.Describe(f, now, zone) : null, await budgetHold.ReasonAsync(blastId: 0, cost, cancellationToken),
            [.. rates.Limits(senders.Select(s => s.PhoneNumber)), .. DailyCapWarnings(campaigns, recipients)],
            CampaignUseCaseFit.Warning(draft.Text, draft.IsMarketing, campaigns.Select(c => c.UseCase)));
    }

    /// <summary>
    /// Parts of the longest text any recipient can get: the template rendered with each field at its longest (or its
    /// fallback when that is longer), and as UCS-2 when some recipient's value of a used field is outside GSM-7.
    /// </summary>
    private static int WorstParts(MergeTemplate template, IReadOnlyDictionary<string, int> longest, string? unicodeValue, bool marketing)
    {
        // Only the lengths matter (GSM-7 extension characters aside): a plain letter stands for every character.
        var values = template.Fields.ToDictionary(f => f, f => (string?)new string('a', longest.GetValueOrDefault(f)));
        if (unicodeValue is not null && template.Fields.Count > 0)
        {
            var field = template.Fields[0];
            values[field] = unicodeValue.PadRight(Math.Max(unicodeValue.Length, values[field]!.Length), 'a');
        }
        string Sent(string text) => marketing ? OptOutFooter.AddTo(text) : text;
        return Math.Max(SegmentCounter.Of(Sent(template.Render(values).Text)).Parts,
            SegmentCounter.Of(Sent(template.Render(new Dictionary<string, string?>()).Text)).Parts);
    }

    /// <summary>The chosen senders that may blast now (<see cref="CompanyNumber.CanSendBlasts"/>).</summary>
    private async Task<List<CompanyNumber>> UsableSendersAsync(IReadOnlyList<string> senders, CancellationToken cancellationToken)
    {
        if (senders.Count == 0) return [];
        var numbers = senders.ToList();
        var rows = await db.CompanyNumbers.AsNoTracking().Where(n => numbers.Contains(n.PhoneNumber) && n.ReleasedAt == null).ToListAsync(cancellationToken);
        return rows.Where(n => n.CanSendBlasts).ToList();
    }

    private async Task<List<RegisteredCampaign>> CampaignsAsync(List<CompanyNumber> senders, CancellationToken cancellationToken)
    {
        var ids = senders.Select(s => s.TenDlcCampaignId).OfType<string>().Distinct().ToList();
        return ids.Count == 0 ? [] : await db.RegisteredCampaigns.AsNoTracking().Where(c => ids.Contains(c.TelnyxCampaignId)).ToListAsync(cancellationToken);
    }

    /// <summary>T-Mobile counts a brand's texts per day: past its cap, texts to T-Mobile customers fail (40016) until the next day.</summary>
    private static IEnumerable<string> DailyCapWarnings(List<RegisteredCampaign> campaigns, int recipients) =>
        campaigns.Where(c => c.TMobileDailyCap is { } cap && recipients > cap).DistinctBy(c => c.TelnyxBrandId)
            .Select(c => $"T-Mobile allows this brand {c.TMobileDailyCap:N0} texts a day; past that, texts to T-Mobile customers fail (40016) until tomorrow.");
}
