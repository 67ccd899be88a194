using CrmTelnyx.Data;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Features.Numbers;

/// <summary>
/// The Numbers page's list: one page of numbers filtered, sorted and paged in SQL, then the last 30 days of those
/// numbers only (<see cref="NumberStats"/>). Released numbers are left out unless asked for.
/// </summary>
public sealed class ListNumbers(CrmDbContext db, NumberStats stats)
{
    public async Task<NumberListPage> ListAsync(NumberFilter filter, NumberSort sort, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        var query = Filter(db.CompanyNumbers.AsNoTracking(), filter);
        var total = await query.CountAsync(cancellationToken);
        var rows = await Sorted(query, sort)
            .Skip(page * pageSize).Take(pageSize)
            .Select(n => new NumberRow(n.Id, n.PhoneNumber, n.FriendlyName, n.State, n.Kind, n.CanSms, n.CanMms, n.CanVoice, n.Status,
                n.BlastsEnabled, n.HealthPaused, n.HealthProblem, n.TenDlcCampaignId, n.MonthlyCost, n.CostCurrency)
            {
                TenDlcAssignmentStatus = n.TenDlcAssignmentStatus, TenDlcCampaignActive = n.TenDlcCampaignActive, TollFreeVerificationStatus = n.TollFreeVerificationStatus,
            })
            .ToListAsync(cancellationToken);
        var activity = await stats.ForAsync(rows.Select(r => r.PhoneNumber).ToList(), NumberStats.PageWindow, cancellationToken);
        var campaignIds = rows.Select(r => r.TenDlcCampaignId).OfType<string>().Distinct().ToList();
        var campaigns = await db.RegisteredCampaigns.AsNoTracking().Where(c => campaignIds.Contains(c.TelnyxCampaignId))
            .ToDictionaryAsync(c => c.TelnyxCampaignId, c => c.TcrCampaignId ?? c.TelnyxCampaignId, cancellationToken);
        return new NumberListPage(rows.Select(r => r with
        {
            Last30Days = activity.GetValueOrDefault(r.PhoneNumber, NumberActivity.None),
            TenDlcCampaignName = r.TenDlcCampaignId is { } id ? campaigns.GetValueOrDefault(id, id) : null,
        }).ToList(), total);
    }

    /// <summary>The states numbers are assigned to, for the state filter.</summary>
    public async Task<IReadOnlyList<string>> StatesAsync(CancellationToken cancellationToken = default) =>
        await db.CompanyNumbers.Where(n => n.State != null).Select(n => n.State!).Distinct().OrderBy(s => s).ToListAsync(cancellationToken);

    /// <summary>Whether the company has any number at all, released ones included (the page's first-run help).</summary>
    public Task<bool> AnyAsync(CancellationToken cancellationToken = default) => db.CompanyNumbers.AnyAsync(cancellationToken);

    public static IQueryable<CompanyNumber> Filter(IQueryable<CompanyNumber> numbers, NumberFilter filter)
    {
        if (filter.Status is { } status) numbers = numbers.Where(n => n.Status == status);
        else if (!filter.ShowReleased) numbers = numbers.Where(n => n.Status != NumberStatus.Released);
        if (!string.IsNullOrEmpty(filter.State)) numbers = numbers.Where(n => n.State == filter.State);
        if (filter.Kind is { } kind) numbers = numbers.Where(n => n.Kind == kind);
        return filter.Feature switch
        {
            NumberFeature.Sms => numbers.Where(n => n.CanSms),
            NumberFeature.Mms => numbers.Where(n => n.CanMms),
            NumberFeature.Voice => numbers.Where(n => n.CanVoice),
            _ => numbers,
        };
    }

    public static IQueryable<CompanyNumber> Sorted(IQueryable<CompanyNumber> numbers, NumberSort sort)
    {
        var d = sort.Descending;
        var ordered = sort.By switch
        {
            NumberSortKey.FriendlyName => numbers.OrderBy(n => n.FriendlyName == null).ThenBy(n => n.FriendlyName, d),
            NumberSortKey.State => numbers.OrderBy(n => n.State == null).ThenBy(n => n.State, d),
            NumberSortKey.Kind => numbers.OrderBy(n => n.Kind == NumberKind.Local ? 0 : n.Kind == NumberKind.TollFree ? 1 : 2, d),
            // Most capable first when descending: SMS, then MMS, then voice.
            NumberSortKey.Features => numbers.OrderBy(n => (n.CanSms ? 4 : 0) + (n.CanMms ? 2 : 0) + (n.CanVoice ? 1 : 0), d),
            NumberSortKey.Status => numbers.OrderBy(n => n.Status == NumberStatus.Active ? 0 : n.Status == NumberStatus.Pending ? 1
                : n.Status == NumberStatus.Inactive ? 2 : 3, d),
            NumberSortKey.Blasts => numbers.OrderBy(n => n.BlastsEnabled && !n.HealthPaused && n.HealthProblem == null ? 0
                : n.BlastsEnabled && !n.HealthPaused ? 1 : 2, d),
            NumberSortKey.Campaign => numbers.OrderBy(n => n.TenDlcCampaignId == null).ThenBy(n => n.TenDlcCampaignId, d),
            // SQLite cannot order by a decimal (stored as text): order by its REAL value; unknown costs last.
            NumberSortKey.MonthlyCost => numbers.OrderBy(n => n.MonthlyCost == null).ThenBy(n => (double?)n.MonthlyCost, d),
            _ => numbers.OrderBy(n => n.PhoneNumber, d),
        };
        // Equal keys keep one order from page to page.
        return ordered.ThenBy(n => n.PhoneNumber).ThenBy(n => n.Id);
    }
}

file static class OrderingExtensions
{
    public static IOrderedQueryable<T> OrderBy<T, TKey>(this IQueryable<T> source, System.Linq.Expressions.Expression<Func<T, TKey>> key, bool descending) =>
        descending ? source.OrderByDescending(key) : source.OrderBy(key);

    public static IOrderedQueryable<T> ThenBy<T, TKey>(this IOrderedQueryable<T> source, System.Linq.Expressions.Expression<Func<T, TKey>> key, bool descending) =>
        descending ? source.ThenByDescending(key) : source.ThenBy(key);
}

/// <summary>The page's filters. A chosen <see cref="Status"/> wins over <see cref="ShowReleased"/>.</summary>
public sealed record NumberFilter(string? State = null, NumberStatus? Status = null, NumberFeature? Feature = null, NumberKind? Kind = null, bool ShowReleased = false);

public enum NumberFeature
{
    Sms,
    Mms,
    Voice,
}

public enum NumberSortKey
{
    PhoneNumber,
    FriendlyName,
    State,
    Kind,
    Features,
    Status,
    Blasts,
    Campaign,
    MonthlyCost,
}

public sealed record NumberSort(NumberSortKey By = NumberSortKey.PhoneNumber, bool Descending = false)
{
    /// <summary>The grid's sort (a <see cref="NumberRow"/> property name) as a sort key; unknown names sort by number.</summary>
    public static NumberSort FromColumn(string? property, bool descending) => new(property switch
    {
        nameof(NumberRow.FriendlyName) => NumberSortKey.FriendlyName,
        nameof(NumberRow.State) => NumberSortKey.State,
        nameof(NumberRow.Kind) => NumberSortKey.Kind,
        nameof(NumberRow.Features) => NumberSortKey.Features,
        nameof(NumberRow.Status) => NumberSortKey.Status,
        nameof(NumberRow.BlastsAllowed) => NumberSortKey.Blasts,
        nameof(NumberRow.TenDlcCampaignId) => NumberSortKey.Campaign,
        nameof(NumberRow.MonthlyCost) => NumberSortKey.MonthlyCost,
        _ => NumberSortKey.PhoneNumber,
    }, descending);
}

/// <summary>One number as the list shows it, with its last 30 days.</summary>
public sealed record NumberRow(
    long Id, string PhoneNumber, string? FriendlyName, string? State, NumberKind Kind, bool CanSms, bool CanMms, bool CanVoice, NumberStatus Status,
    bool BlastsEnabled, bool HealthPaused, string? HealthProblem, string? TenDlcCampaignId, decimal? MonthlyCost, string? CostCurrency)
{
    public NumberActivity Last30Days { get; init; } = NumberActivity.None;

    public string? TenDlcAssignmentStatus { get; init; }

    public bool TenDlcCampaignActive { get; init; }

    public string? TollFreeVerificationStatus { get; init; }

    /// <summary>The campaign's registry id (CABC123) as people know it.</summary>
    public string? TenDlcCampaignName { get; init; }

    public CarrierStanding Carriers => new(PhoneNumber, Kind, TenDlcCampaignId, TenDlcAssignmentStatus, TenDlcCampaignActive, TollFreeVerificationStatus);

    /// <summary>May send blasts: the admin allows it and the health check has not paused it (released numbers never).</summary>
    public bool BlastsAllowed => BlastsEnabled && !HealthPaused && Status != NumberStatus.Released;

    /// <summary>"SMS, MMS, Voice"; also the column the grid sorts by features with.</summary>
    public string Features => string.Join(", ", new[] { CanSms ? "SMS" : null, CanMms ? "MMS" : null, CanVoice ? "Voice" : null }.OfType<string>());
}

public sealed record NumberListPage(IReadOnlyList<NumberRow> Rows, int Total);
