using System.Diagnostics;
using System.Net;
using Microsoft.Data.Sqlite;

namespace CrmTelnyx.Benchmarks;

/// <summary>
/// Webhook intake: signed message.finalized events posted over HTTP by <c>concurrency</c> senders at once, 20% of
/// them repeats of an earlier event (Telnyx retries), against the app in its own process. Reports events accepted per
/// second and the acknowledgement time (request sent → 200 received). The events are for messages the app did not
/// send and are old, so the processor only looks each up and marks it processed: it runs alongside, as in production.
/// </summary>
public static class WebhookIntakeBenchmark
{
    public static async Task RunAsync(string folder, int events, int concurrency)
    {
        await using var app = await AppProcess.StartAsync(folder);
        using var signed = new SignedWebhooks(folder);
        var random = new Random(7);
        var old = DateTimeOffset.UtcNow.AddHours(-1);
        var bodies = new List<string>(events);
        for (var i = 0; i < events; i++)
        {
            // Every fifth delivery repeats an earlier event: same id, same body.
            bodies.Add(i > 0 && i % 5 == 0 ? bodies[random.Next(i)] : SignedWebhooks.Finalized($"evt-bench-{i}", $"msg-bench-{i}", "delivered", old));
        }
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency, PooledConnectionLifetime = TimeSpan.FromMinutes(10) })
            { BaseAddress = new Uri(app.BaseUrl) };

        // Warm-up: JIT, connections, EF's model; not counted.
        await SendAllAsync(http, signed, [.. Enumerable.Range(0, 500).Select(i => SignedWebhooks.Finalized($"evt-warm-{i}", $"msg-warm-{i}", "delivered", old))], concurrency);

        var cpu = app.CpuTime();
        var clock = Stopwatch.StartNew();
        var (latencies, failures) = await SendAllAsync(http, signed, bodies, concurrency);
        var elapsed = clock.Elapsed;
        var intakeCpu = app.CpuTime() - cpu;
        // The processor goes on applying what was accepted: how long after the last acknowledgement it has applied all.
        var caughtUp = await ProcessorCaughtUpAsync(Path.Combine(folder, "crm.db"));
        var load = File.ReadAllText("/proc/loadavg").Split(' ')[0];
        latencies.Sort();
        double P(double q) => latencies[(int)Math.Min(latencies.Count - 1, Math.Ceiling(q * latencies.Count) - 1)];
        Console.WriteLine($"webhooks       {events:N0} signed events (20% repeats), {concurrency} senders at once: {events / elapsed.TotalSeconds:N0} events/s accepted, "
            + $"{failures} not answered 200; ack p50 {P(0.50):F1} ms, p95 {P(0.95):F1} ms, p99 {P(0.99):F1} ms, max {latencies[^1]:F1} ms; "
            + $"app CPU while posting {intakeCpu.TotalMilliseconds * 1000 / events:F0} µs per event (intake and the processor alongside); "
            + $"processor applied the last event {caughtUp.TotalSeconds:F1} s after the last acknowledgement; load average {load}");
    }

    private static async Task<TimeSpan> ProcessorCaughtUpAsync(string database)
    {
        await using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly");
        await connection.OpenAsync();
        var pending = connection.CreateCommand();
        pending.CommandText = "SELECT COUNT(*) FROM WebhookEvents WHERE Status = 'Pending'";
        var clock = Stopwatch.StartNew();
        while ((long)(await pending.ExecuteScalarAsync())! > 0)
        {
            if (clock.Elapsed > TimeSpan.FromMinutes(5)) throw new TimeoutException("The processor had not applied every event 5 minutes after the run.");
            await Task.Delay(50);
        }
        return clock.Elapsed;
    }

    private static async Task<(List<double> Latencies, int Failures)> SendAllAsync(HttpClient http, SignedWebhooks signed, IReadOnlyList<string> bodies, int concurrency)
    {
        var latencies = new List<double>(bodies.Count);
        var failures = 0;
        var next = -1;
        var senders = Enumerable.Range(0, concurrency).Select(async _ =>
        {
            var mine = new List<double>();
            int i;
            while ((i = Interlocked.Increment(ref next)) < bodies.Count)
            {
                using var request = signed.Request(bodies[i]);
                var started = Stopwatch.GetTimestamp();
                using var response = await http.SendAsync(request);
                mine.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                if (response.StatusCode != HttpStatusCode.OK) Interlocked.Increment(ref failures);
            }
            lock (latencies) latencies.AddRange(mine);
        });
        await Task.WhenAll(senders);
        return (latencies, failures);
    }
}
