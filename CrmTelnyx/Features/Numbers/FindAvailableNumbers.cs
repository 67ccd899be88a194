using CrmTelnyx.Data;
using CrmTelnyx.Phones;
using CrmTelnyx.Telnyx;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace CrmTelnyx.Features.Numbers;

/// <summary>
/// Searches Telnyx's available numbers. Telnyx rate-limits search, so each search's answer is kept for
/// <see cref="CacheFor"/>; numbers the company holds or has ordered are taken out of every answer, cached or not,
/// so a number just bought is never offered again.
/// </summary>
public sealed class FindAvailableNumbers(TelnyxClient telnyx, IMemoryCache cache, CrmDbContext db)
{
    public static readonly TimeSpan CacheFor = TimeSpan.FromMinutes(2);
    public const int Limit = 50;

    public sealed record Result(IReadOnlyList<NumberOffer> Numbers, string? Error);

    public async Task<Result> SearchAsync(NumberSearch search, CancellationToken cancellationToken = default)
    {
        if (search.Problem() is { } problem) return new([], problem);
        if (!search.Sms && !search.Mms && !search.Voice) return new([], "Choose at least one feature: SMS, MMS or voice.");

        var key = search.CacheKey();
        if (!cache.TryGetValue(key, out IReadOnlyList<NumberOffer>? offers) || offers is null)
        {
            try
            {
                var found = await telnyx.SearchAvailableNumbersAsync(ToTelnyx(search), cancellationToken);
                offers = found.Select(n => ToOffer(n, search)).ToList();
            }
            catch (TelnyxException ex)
            {
                return new([], ex.UserMessage);
            }
            cache.Set(key, offers, CacheFor);
        }

        var numbers = offers.Select(o => o.PhoneNumber).ToList();
        var held = await db.CompanyNumbers.Where(n => n.Status != NumberStatus.Released && numbers.Contains(n.PhoneNumber))
            .Select(n => n.PhoneNumber).ToListAsync(cancellationToken);
        return new(offers.Where(o => !held.Contains(o.PhoneNumber)).ToList(), null);
    }

    private static AvailableNumberSearch ToTelnyx(NumberSearch search) => new()
    {
        State = search.SearchedState,
        AreaCode = NumberSearch.Trimmed(search.AreaCode),
        City = search.Kind == NumberKind.TollFree ? null : NumberSearch.Trimmed(search.City),
        Contains = NumberSearch.Trimmed(search.Contains),
        Features = new[] { (search.Sms, "sms"), (search.Mms, "mms"), (search.Voice, "voice") }.Where(f => f.Item1).Select(f => f.Item2).ToList(),
        NumberType = search.Kind == NumberKind.TollFree ? "toll_free" : "local",
        Limit = Limit,
    };

    private static NumberOffer ToOffer(AvailablePhoneNumber n, NumberSearch search)
    {
        var features = n.Features.Select(f => f.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var tollFree = search.Kind == NumberKind.TollFree || TollFreeNumbers.IsTollFree(n.PhoneNumber);
        var city = n.Region("rate_center") ?? n.Region("location");
        return new NumberOffer(
            n.PhoneNumber,
            tollFree ? NumberKind.TollFree : NumberKind.Local,
            city is null ? null : TitleCase(city),
            tollFree ? null : n.Region("state") ?? NanpAreaCodes.ForE164(n.PhoneNumber)?.Region,
            features.Contains("sms"), features.Contains("mms"), features.Contains("voice"),
            n.CostInformation?.MonthlyCost, n.CostInformation?.UpfrontCost, n.CostInformation?.Currency ?? "USD");
    }

    /// <summary>Telnyx writes rate centers in capitals ("SAN FRANCISCO").</summary>
    private static string TitleCase(string text) =>
        System.Globalization.CultureInfo.InvariantCulture.TextInfo.ToTitleCase(text.ToLowerInvariant());
}
