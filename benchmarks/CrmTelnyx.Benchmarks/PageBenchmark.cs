using Microsoft.Playwright;

namespace CrmTelnyx.Benchmarks;

/// <summary>
/// The contact list as a person uses it, in Chromium: the app runs as its own process over the benchmark's database
/// (100,000 imported contacts), a signed-in page opens /contacts, and each sample clicks "Next page" and waits for the
/// frame in which the next page's rows are on screen. The time is taken in the browser (performance.now), so it holds
/// the circuit's round trip, the query, the render diff and the paint.
/// </summary>
public static class PageBenchmark
{
    public static async Task RunAsync(string dataFolder, int clicks)
    {
        await using var app = await AppProcess.StartAsync(dataFolder);
        var (_, page) = await app.SignedInAsync();

        Console.WriteLine($"== Contacts page in Chromium: click \"Next page\" → rows shown ({clicks} clicks a series; ms, load average {ImportBenchmark.LoadAverage()})");
        Console.WriteLine($"{"series",-40} {"p50",7} {"p95",7} {"max",7} {"total",8}");
        await SeriesAsync(page, "by name (keyset from page 2 on)", "/contacts", clicks);
        await SeriesAsync(page, "newest first", "/contacts?sort=newest", clicks);
        await SeriesAsync(page, "tag \"vip\"", "/contacts?tag=vip", clicks);
        await LastPageAsync(page, "/contacts");
    }

    private static async Task OpenAsync(IPage page, string address)
    {
        await page.GotoAsync(address);
        // The circuit is up (LiveStatus says so) and the grid has its first page.
        await page.Locator("[data-live-status][data-live-state=connected]").WaitForAsync();
        await page.Locator("[data-contact-count]").WaitForAsync();
        await page.Locator("[data-contact-phone]").First.WaitForAsync();
    }

    private static async Task SeriesAsync(IPage page, string label, string address, int clicks)
    {
        await OpenAsync(page, address);
        var total = int.Parse((await page.Locator("[data-contact-count]").GetAttributeAsync("data-contact-count"))!);
        clicks = Math.Min(clicks, (total + 49) / 50 - 3);
        // Two clicks first: the first query of a kind compiles in EF and the JIT.
        for (var i = 0; i < 2; i++) await ClickAsync(page, "Next page");
        var times = new List<double>();
        for (var i = 0; i < clicks; i++) times.Add(await ClickAsync(page, "Next page"));
        times.Sort();
        Console.WriteLine($"{label,-40} {Percentile(times, 50),7:F0} {Percentile(times, 95),7:F0} {times[^1],7:F0} {total,8:N0}");
    }

    /// <summary>The pager's "last page" is a jump, not a step: it pages with OFFSET.</summary>
    private static async Task LastPageAsync(IPage page, string address)
    {
        var times = new List<double>();
        for (var i = 0; i < 5; i++)
        {
            await OpenAsync(page, address);
            times.Add(await ClickAsync(page, "Last page"));
        }
        times.Sort();
        Console.WriteLine($"{"jump to the last page (OFFSET), 5 times",-40} {Percentile(times, 50),7:F0} {"",7} {times[^1],7:F0}");
    }

    /// <summary>Clicks a pager button and returns the ms until the frame in which the first row has changed.</summary>
    private static Task<double> ClickAsync(IPage page, string button) => page.EvaluateAsync<double>("""
        async (button) => {
          const first = () => document.querySelector('[data-contact-phone]')?.getAttribute('data-contact-phone');
          const before = first();
          const start = performance.now();
          document.querySelector(`button[aria-label="${button}"]`).click();
          await new Promise((resolve, reject) => {
            const check = () => first() && first() !== before ? resolve() : performance.now() - start > 30000 ? reject(new Error('no new rows')) : requestAnimationFrame(check);
            requestAnimationFrame(check);
          });
          return performance.now() - start;
        }
        """, button);

    private static double Percentile(List<double> sorted, int percent) =>
        sorted[Math.Clamp((int)Math.Ceiling(percent / 100.0 * sorted.Count) - 1, 0, sorted.Count - 1)];
}
