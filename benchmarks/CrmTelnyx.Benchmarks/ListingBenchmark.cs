using CrmTelnyx.Phones;
using System.Diagnostics;
using CrmTelnyx.Data;
using CrmTelnyx.Features.Contacts;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Benchmarks;

/// <summary>
/// Times what the contact list does for one page — <see cref="SearchContacts.ListAsync"/>: the rows, their tags and
/// the count of matches — each in a fresh DbContext, reporting the median of several runs.
/// </summary>
public static class ListingBenchmark
{
    private const int Runs = 9;

    public static async Task RunAsync(BenchmarkHost host, string when)
    {
        Console.WriteLine($"== Listing and searching, {when} (page of {ContactQuery.PageSize}, median of {Runs} runs after a warm-up; ms)");
        var sample = await SampleContactAsync(host);
        var digits = sample.Phone[2..9];
        Console.WriteLine($"{"query",-44} {"page ms",8} {"rows",5} {"matches",8}");

        await TimeAsync(host, "first page, by name", new ContactQuery());
        await TimeAsync(host, "first page, newest first", new ContactQuery(Sort: ContactQuery.Newest));
        var byName = new ContactQuery();
        var newest = new ContactQuery(Sort: ContactQuery.Newest);
        await TimeAsync(host, "page 100, by name (keyset)", byName, 99, await CursorForPageAsync(host, byName, 100));
        await TimeAsync(host, "page 100, newest first (keyset)", newest, 99, await CursorForPageAsync(host, newest, 100));
        await TimeAsync(host, "page 100, by name (OFFSET)", byName, 99);
        await TimeAsync(host, "page 100, newest first (OFFSET)", newest, 99);
        var lastPage = (await CountAsync(host, byName) - 1) / ContactQuery.PageSize;
        await TimeAsync(host, $"last page ({lastPage + 1:N0}), by name (OFFSET)", byName, lastPage);
        await TimeAsync(host, $"last page ({lastPage + 1:N0}), newest first (OFFSET)", newest, lastPage);
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

    private static async Task TimeAsync(BenchmarkHost host, string label, ContactQuery query, int page = 0, ContactCursor? after = null)
    {
        var times = new List<double>();
        int rows = 0, total = 0;
        for (var run = 0; run <= Runs; run++)
        {
            await using var scope = host.Services.CreateAsyncScope();
            var search = scope.ServiceProvider.GetRequiredService<SearchContacts>();
            var clock = Stopwatch.StartNew();
            var result = await search.ListAsync(query, page, ContactQuery.PageSize, after);
            var ms = clock.Elapsed.TotalMilliseconds;
            rows = result.Rows.Count;
            total = result.Total;
            // Run 0 warms the query cache and the connection pool.
            if (run > 0) times.Add(ms);
        }
        Console.WriteLine($"{label,-44} {Median(times),8:F1} {rows,5} {total,8:N0}");
    }

    /// <summary>Follows the pages' end cursors as the list's "next page" does; returns where <paramref name="page"/> starts.</summary>
    private static async Task<ContactCursor> CursorForPageAsync(BenchmarkHost host, ContactQuery query, int page)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var search = scope.ServiceProvider.GetRequiredService<SearchContacts>();
        var clock = Stopwatch.StartNew();
        ContactCursor? after = null;
        for (var i = 0; i < page - 1; i++)
            after = (await search.ListAsync(query, i, ContactQuery.PageSize, after)).End ?? throw new InvalidOperationException($"Only {i + 1} pages.");
        Console.WriteLine($"  (walked pages 1-{page - 1} of {query.SortOrDefault} in {clock.Elapsed.TotalMilliseconds:F0} ms, {clock.Elapsed.TotalMilliseconds / (page - 1):F1} ms a page)");
        return after!.Value;
    }

    private static async Task<int> CountAsync(BenchmarkHost host, ContactQuery query)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await query.Filter(scope.ServiceProvider.GetRequiredService<CrmDbContext>()).CountAsync();
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
