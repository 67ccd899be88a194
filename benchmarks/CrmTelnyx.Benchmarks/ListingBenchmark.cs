using CrmTelnyx.Phones;
using System.Diagnostics;
using CrmTelnyx.Data;
using CrmTelnyx.Features.Contacts;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Benchmarks;

/// <summary>
/// Times what the contact list endpoint does for one request — <see cref="ContactQuery.PageAsync"/> and the count
/// of <see cref="ContactQuery.Filter"/> — each in a fresh DbContext, reporting the median of several runs.
/// </summary>
public static class ListingBenchmark
{
    private const int Runs = 9;

    public static async Task RunAsync(BenchmarkHost host, string when)
    {
        Console.WriteLine($"== Listing and searching, {when} (page of {ContactQuery.PageSize}, median of {Runs} runs after a warm-up; ms)");
        var sample = await SampleContactAsync(host);
        var digits = sample.Phone[2..9];
        Console.WriteLine($"{"query",-44} {"page ms",8} {"count ms",9} {"rows",5} {"matches",8}");

        await TimeAsync(host, "first page, by name", new ContactQuery());
        await TimeAsync(host, "first page, newest first", new ContactQuery(Sort: "newest"));
        await TimeAsync(host, "page 100, by name (keyset)", await CursorForPageAsync(host, new ContactQuery(), 100));
        await TimeAsync(host, "page 100, newest first (keyset)", await CursorForPageAsync(host, new ContactQuery(Sort: "newest"), 100));
        await TimeAsync(host, "search name fragment \"mart\"", new ContactQuery(Q: "mart"));
        await TimeAsync(host, $"search full name \"{sample.FirstName} {sample.LastName}\"", new ContactQuery(Q: $"{sample.FirstName} {sample.LastName}"));
        await TimeAsync(host, $"search phone digits \"{digits}\"", new ContactQuery(Q: digits));
        await TimeAsync(host, $"search phone \"{PhoneNumberNormalizer.Format(sample.Phone)}\"", new ContactQuery(Q: PhoneNumberNormalizer.Format(sample.Phone)));
        await TimeAsync(host, $"search email \"{sample.Email}\"", new ContactQuery(Q: sample.Email));
        await TimeAsync(host, "filter tag \"vip\"", new ContactQuery(Tag: "vip"));
        await TimeAsync(host, "filter state \"TX\"", new ContactQuery(State: "TX"));
        await TimeAsync(host, "filter consent OptedOut", new ContactQuery(Consent: nameof(ConsentStatus.OptedOut)));
        await TimeAsync(host, "filter tag \"vip\" + state \"CA\" + OptedIn", new ContactQuery(Tag: "vip", State: "CA", Consent: nameof(ConsentStatus.OptedIn)));
    }

    private static async Task TimeAsync(BenchmarkHost host, string label, ContactQuery query)
    {
        var pageTimes = new List<double>();
        var countTimes = new List<double>();
        int rows = 0, total = 0;
        for (var run = 0; run <= Runs; run++)
        {
            await using var scope = host.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CrmDbContext>();
            var clock = Stopwatch.StartNew();
            var (page, _) = await query.PageAsync(db);
            var pageMs = clock.Elapsed.TotalMilliseconds;
            clock.Restart();
            total = await query.Filter(db).CountAsync();
            var countMs = clock.Elapsed.TotalMilliseconds;
            rows = page.Count;
            // Run 0 warms the query cache and the connection pool.
            if (run == 0) continue;
            pageTimes.Add(pageMs);
            countTimes.Add(countMs);
        }
        Console.WriteLine($"{label,-44} {Median(pageTimes),8:F1} {Median(countTimes),9:F1} {rows,5} {total,8:N0}");
    }

    /// <summary>Follows "next" cursors the way the list's "more" button does, and returns the query for that page.</summary>
    private static async Task<ContactQuery> CursorForPageAsync(BenchmarkHost host, ContactQuery query, int page)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CrmDbContext>();
        var clock = Stopwatch.StartNew();
        for (var i = 1; i < page; i++)
        {
            var (_, next) = await query.PageAsync(db);
            query = query with { After = next ?? throw new InvalidOperationException($"Only {i} pages.") };
        }
        Console.WriteLine($"  (walked pages 1-{page - 1} of {query.SortOrDefault} in {clock.Elapsed.TotalMilliseconds:F0} ms, {clock.Elapsed.TotalMilliseconds / (page - 1):F1} ms a page)");
        return query;
    }

    private static async Task<Contact> SampleContactAsync(BenchmarkHost host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CrmDbContext>();
        return await db.Contacts.AsNoTracking().Where(c => c.Email != null).OrderBy(c => c.Id).Skip(54_321).FirstAsync();
    }


    private static double Median(List<double> values)
    {
        values.Sort();
        return values[values.Count / 2];
    }
}
