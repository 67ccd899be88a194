using System.Diagnostics;
using CrmTelnyx.Data;
using CrmTelnyx.Features.Calls;
using Microsoft.Playwright;

namespace CrmTelnyx.Benchmarks;

/// <summary>
/// From a call webhook reaching the app to the agent's open call panel showing it: N calls are written ringing, each
/// with one contact leg; for each, its panel (/calls?call={id}) is opened in Chromium, then a signed call.answered and
/// a signed call.hangup are posted for the leg, one at a time. The time is from posting each to the panel's
/// data-call-status becoming answered, then ended (Playwright polls on animation frames, so add up to ~16 ms).
/// The legs carry no client_state, as calls the app did not place: ConnectCallLegs then sends Telnyx no commands, so
/// only the webhook → row → live feed → panel path is timed.
/// </summary>
public static class CallLiveBenchmark
{
    private const string From = "+13125550100";

    public static async Task RunAsync(string folder, int calls)
    {
        var ids = new List<long>();
        await using (var host = await BenchmarkHost.CreateAsync(folder))
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CrmDbContext>();
            var now = DateTime.UtcNow;
            for (var i = 0; i < calls + Warmup; i++)
            {
                var leg = LegId(i);
                db.Calls.Add(new Call
                {
                    From = From, To = To(i), Direction = CallDirection.Outbound, Status = CallStatus.Ringing, StartedAt = now,
                    CallControlId = leg,
                    Legs = [new CallLeg { CallControlId = leg, Role = CallLegRole.Contact, To = To(i), State = CallStates.Initiated, StartedAt = now }],
                });
            }
            await db.SaveChangesAsync();
            ids.AddRange(db.Calls.OrderBy(c => c.Id).Select(c => c.Id));
        }
        Console.WriteLine($"call-live      {calls} ringing calls; for each, its panel open, then call.answered and call.hangup posted one at a time");

        // The settlement job must not touch the calls while they are timed.
        await using var app = await AppProcess.StartAsync(folder, environment: new Dictionary<string, string> { ["Calls__Settlement__RunOnSchedule"] = "false" });
        using var signed = new SignedWebhooks(folder);
        using var http = new HttpClient { BaseAddress = new Uri(app.BaseUrl) };
        var (context, page) = await app.SignedInAsync();
        var answered = new List<double>();
        var ended = new List<double>();
        for (var i = 0; i < ids.Count; i++)
        {
            await page.GotoAsync($"/calls?call={ids[i]}");
            await page.Locator("[data-live-status][data-live-state=connected]").WaitForAsync();
            await page.Locator($"[data-call-panel][data-call-id='{ids[i]}'][data-call-status={CallStatus.Ringing}]").WaitForAsync();
            // The panel subscribes once the circuit renders it; give it that moment, as an agent's panel has it.
            await Task.Delay(Random.Shared.Next(100, 300));

            var toAnswered = await TimeAsync(http, signed, page, SignedWebhooks.CallEvent($"evt-ans-{i}", "call.answered", LegId(i), From, To(i), null, DateTimeOffset.UtcNow), CallStatus.Answered);
            await Task.Delay(Random.Shared.Next(100, 300));
            var toEnded = await TimeAsync(http, signed, page, SignedWebhooks.CallEvent($"evt-hup-{i}", "call.hangup", LegId(i), From, To(i), "normal_clearing", DateTimeOffset.UtcNow), CallStatus.Ended);
            // The first few warm the app's paths; not counted.
            if (i < Warmup) continue;
            answered.Add(toAnswered);
            ended.Add(toEnded);
        }
        await context.CloseAsync();
        Report("call.answered", answered);
        Report("call.hangup", ended);
        Report("both", [.. answered, .. ended]);
    }

    private const int Warmup = 3;

    private static string LegId(int i) => $"v3:bench-call-{i}";

    private static string To(int i) => $"+1312{i:0000000}";

    private static async Task<double> TimeAsync(HttpClient http, SignedWebhooks signed, IPage page, string body, string status)
    {
        using var request = signed.Request(body);
        var started = Stopwatch.GetTimestamp();
        (await http.SendAsync(request)).EnsureSuccessStatusCode();
        await page.WaitForFunctionAsync(
            "s => document.querySelector('[data-call-panel]')?.getAttribute('data-call-status') === s",
            status, new PageWaitForFunctionOptions { PollingInterval = null, Timeout = 30_000 });
        return Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    }

    private static void Report(string what, List<double> times)
    {
        times.Sort();
        double P(double q) => times[(int)Math.Min(times.Count - 1, Math.Ceiling(q * times.Count) - 1)];
        Console.WriteLine($"call-live      {what,-13} webhook → panel shows it: p50 {P(0.50):F0} ms, p95 {P(0.95):F0} ms, max {times[^1]:F0} ms ({times.Count})");
    }
}
