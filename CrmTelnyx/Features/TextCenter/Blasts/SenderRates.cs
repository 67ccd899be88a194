using CrmTelnyx.Data;
using CrmTelnyx.Features.Numbers;
using CrmTelnyx.Features.TextCenter.Settings;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Features.TextCenter.Blasts;

/// <summary>
/// How fast each number may send: its kind's rate from the Texting settings, capped by its 10DLC campaign. AT&amp;T's
/// per-minute limit is the campaign's, shared by all its numbers, so each gets an equal share of it whichever blasts
/// run: together they never pass it. The dispatcher paces by these, and the composer and blast page estimate by them.
/// </summary>
public sealed class SenderRates
{
    /// <param name="MessagesPerSecond">The number's own rate.</param>
    /// <param name="CampaignLimit">Why it is lower than its kind's rate, in words; null when the campaign does not limit it.</param>
    public sealed record Rate(double MessagesPerSecond, string? CampaignLimit);

    private readonly IReadOnlyDictionary<string, Rate> rates;
    private readonly TextingSettings settings;

    private SenderRates(IReadOnlyDictionary<string, Rate> rates, TextingSettings settings) => (this.rates, this.settings) = (rates, settings);

    /// <summary>With the Texting settings as saved (their defaults before anyone saved them).</summary>
    public static async Task<SenderRates> LoadAsync(CrmDbContext db, CancellationToken cancellationToken) =>
        await LoadAsync(db, await db.TextingSettings.AsNoTracking().SingleOrDefaultAsync(cancellationToken) ?? new TextingSettings(), cancellationToken);

    public static async Task<SenderRates> LoadAsync(CrmDbContext db, TextingSettings settings, CancellationToken cancellationToken)
    {
        var numbers = await db.CompanyNumbers.AsNoTracking().Where(n => n.ReleasedAt == null)
            .Select(n => new { n.PhoneNumber, n.Kind, n.TenDlcCampaignId, n.Status }).ToListAsync(cancellationToken);
        var campaigns = await db.RegisteredCampaigns.AsNoTracking()
            .Where(c => c.AttMessagesPerMinute != null || c.MessagesPerMinuteSetting != null)
            .Select(c => new { c.TelnyxCampaignId, c.TcrCampaignId, c.AttMessagesPerMinute, c.MessagesPerMinuteSetting })
            .ToDictionaryAsync(c => c.TelnyxCampaignId, cancellationToken);
        var sharing = numbers.Where(n => n.TenDlcCampaignId is not null && n.Status == NumberStatus.Active)
            .GroupBy(n => n.TenDlcCampaignId!).ToDictionary(g => g.Key, g => g.Count());

        var rates = new Dictionary<string, Rate>(StringComparer.Ordinal);
        foreach (var number in numbers)
        {
            var own = KindRate(number.Kind, settings);
            var rate = new Rate(own, null);
            if (number.TenDlcCampaignId is { } id && campaigns.GetValueOrDefault(id) is { } campaign)
            {
                var perMinute = campaign.AttMessagesPerMinute ?? campaign.MessagesPerMinuteSetting!.Value;
                var count = Math.Max(1, sharing.GetValueOrDefault(id));
                var share = perMinute / 60.0 / count;
                if (share < own)
                    rate = new Rate(share, $"10DLC campaign {campaign.TcrCampaignId ?? id} allows {perMinute:N0} texts a minute" +
                                           (count > 1 ? $", shared by its {count} numbers" : "") +
                                           (campaign.AttMessagesPerMinute is null ? " (your setting)" : " (AT&T's limit)"));
            }
            rates[number.PhoneNumber] = rate;
        }
        return new SenderRates(rates, settings);
    }

    public Rate For(string phoneNumber, NumberKind kind = NumberKind.Local) =>
        rates.GetValueOrDefault(phoneNumber) ?? new Rate(KindRate(kind, settings), null);

    /// <summary>The senders' rates together, capped by the account's limit; 0 without senders.</summary>
    public double Combined(IEnumerable<string> senders) =>
        Math.Min(settings.AccountMessagesPerSecond, senders.Distinct().Sum(s => For(s).MessagesPerSecond));

    /// <summary>Why the chosen senders go slower than their kind allows, one line per campaign; empty when nothing limits them.</summary>
    public IReadOnlyList<string> Limits(IEnumerable<string> senders) =>
        senders.Distinct().Select(s => For(s).CampaignLimit).OfType<string>().Distinct().ToList();

    /// <summary>True when every number, and the account, may send exactly as fast as in the other.</summary>
    public bool SameAs(SenderRates? other) =>
        other is not null
        && (other.settings.AccountMessagesPerSecond, other.settings.LocalNumberMessagesPerSecond, other.settings.TollFreeMessagesPerSecond)
           == (settings.AccountMessagesPerSecond, settings.LocalNumberMessagesPerSecond, settings.TollFreeMessagesPerSecond)
        && other.rates.Count == rates.Count
        && rates.All(r => other.rates.TryGetValue(r.Key, out var rate) && rate == r.Value);

    private static double KindRate(NumberKind kind, TextingSettings settings) =>
        kind == NumberKind.TollFree ? settings.TollFreeMessagesPerSecond : settings.LocalNumberMessagesPerSecond;
}
