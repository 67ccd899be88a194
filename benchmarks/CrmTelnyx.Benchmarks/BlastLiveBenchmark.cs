using System.Diagnostics;
using CrmTelnyx.Data;
using CrmTelnyx.Features.TextCenter;
using CrmTelnyx.Features.TextCenter.Blasts;
using Microsoft.Playwright;

namespace CrmTelnyx.Benchmarks;

/// <summary>
/// From a delivery webhook reaching the app to an open blast page showing it: a blast of <c>recipients</c> sent rows,
/// its page open in Chromium, then one signed message.finalized at a time; the time is from posting the webhook to the
/// page's Delivered counter showing the new count (Playwright polls on animation frames, so add up to ~16 ms).
/// </summary>
public static class BlastLiveBenchmark
{
    public static async Task RunAsync(string folder, int recipients, int deliveries)
    {
        long blastId;
        await using (var host = await BenchmarkHost.CreateAsync(folder))
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CrmDbContext>();
            var now = DateTimeOffset.UtcNow;
            var blast = new Blast
            {
                Name = "Latency", Status = BlastStatus.Completed, Text = "Hello", AudienceJson = "{}", SendersJson = "[\"+13125550100\"]",
                CreatedAt = now, StartedAt = now, Recipients = recipients,
            };
            db.Add(blast);
            await db.SaveChangesAsync();
            blastId = blast.Id;
            await using var transaction = await db.Database.BeginTransactionAsync();
            await using var insert = new PreparedInsert<Message>(db);
            for (var i = 0; i < recipients; i++)
                await insert.InsertAsync(new Message
                {
                    BlastId = blastId, From = "+13125550100", To = $"+1312{i:0000000}", Text = "Hello", Status = MessageStatuses.Sent,
                    TelnyxMessageId = $"lat-{i}", CreatedAt = now, SendAfter = now, ClaimedAt = now,
                }, CancellationToken.None);
            await transaction.CommitAsync();
        }
        Console.WriteLine($"blast-live     a blast of {recipients:N0} sent texts; {deliveries} delivery webhooks, one at a time, to its open page");

        await using var app = await AppProcess.StartAsync(folder);
        using var signed = new SignedWebhooks(folder);
        using var http = new HttpClient { BaseAddress = new Uri(app.BaseUrl) };
        var (context, page) = await app.SignedInAsync();
        await page.GotoAsync($"/text-center/blasts/{blastId}");
        await page.Locator("[data-live-status][data-live-state=connected]").WaitForAsync();
        await page.Locator("[data-blast-summary][data-live-subscribed]").WaitForAsync();

        var times = new List<double>();
        for (var i = 0; i < deliveries + 3; i++)
        {
            using var request = signed.Request(SignedWebhooks.Finalized($"evt-lat-{i}", $"lat-{i}", "delivered", DateTimeOffset.UtcNow));
            var started = Stopwatch.GetTimestamp();
            (await http.SendAsync(request)).EnsureSuccessStatusCode();
            await page.WaitForFunctionAsync(
                "n => document.querySelector(\"[data-counter='Delivered'] [data-counter-value]\")?.textContent.trim() === n",
                (i + 1).ToString("N0"), new PageWaitForFunctionOptions { PollingInterval = null, Timeout = 30_000 });
            // The first three warm the app's paths; not counted.
            if (i >= 3) times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            await Task.Delay(Random.Shared.Next(100, 400));
        }
        await context.CloseAsync();
        times.Sort();
        double P(double q) => times[(int)Math.Min(times.Count - 1, Math.Ceiling(q * times.Count) - 1)];
        Console.WriteLine($"blast-live     webhook → page shows it: p50 {P(0.50):F0} ms, p95 {P(0.95):F0} ms, max {times[^1]:F0} ms ({times.Count} deliveries)");
    }
}
