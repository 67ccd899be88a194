using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CrmTelnyx.Tests.Sandbox;

/// <summary>A tiny HTTP server on 127.0.0.1 standing in for the app's webhook endpoint: records what arrives.</summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    public sealed record Received(string Body, string? Signature, string? Timestamp, string? UserAgent, int AnsweredWith)
    {
        public JsonNode Json => JsonNode.Parse(Body)!;
        public string EventType => (string)Json["data"]!["event_type"]!;
        public JsonNode Payload => Json["data"]!["payload"]!;
        public int Attempt => (int)Json["meta"]!["attempt"]!;
    }

    private readonly WebApplication app;
    private readonly ConcurrentQueue<Received> received = new();
    private int failuresLeft;

    private WebhookReceiver(WebApplication app) => this.app = app;

    public string Url { get; private set; } = "";

    public IReadOnlyList<Received> All => received.ToList();

    private volatile string? failEventType;

    /// <summary>
    /// Answer 500 to the next <paramref name="count"/> deliveries (of <paramref name="eventType"/> only, when given), as a
    /// receiver that is briefly down.
    /// </summary>
    public void FailNext(int count, string? eventType = null)
    {
        failEventType = eventType;
        Interlocked.Exchange(ref failuresLeft, count);
    }

    public static async Task<WebhookReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(System.Net.IPAddress.Loopback, 0));
        var receiver = new WebhookReceiver(builder.Build());
        receiver.app.MapPost("/hooks", receiver.ReceiveAsync);
        await receiver.app.StartAsync();
        var address = receiver.app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        receiver.Url = address.TrimEnd('/') + "/hooks";
        return receiver;
    }

    private async Task<IResult> ReceiveAsync(HttpRequest request)
    {
        using var reader = new StreamReader(request.Body);
        var body = await reader.ReadToEndAsync();
        var delivery = new Received(body, request.Headers["telnyx-signature-ed25519"], request.Headers["telnyx-timestamp"], request.Headers.UserAgent, 200);
        var fails = (failEventType is null || failEventType == delivery.EventType) && Interlocked.Decrement(ref failuresLeft) >= 0;
        var status = fails ? 500 : 200;
        received.Enqueue(delivery with { AnsweredWith = status });
        return Results.StatusCode(status);
    }

    /// <summary>Waits (bounded) until events matching <paramref name="match"/> have arrived and answered 2xx; returns them in arrival order.</summary>
    public async Task<IReadOnlyList<Received>> WaitForAsync(Func<Received, bool> match, int count = 1, int timeoutSeconds = 15)
    {
        var deadline = DateTime.UtcNow.AddSeconds(timeoutSeconds);
        while (true)
        {
            var found = received.Where(r => r.AnsweredWith == 200 && match(r)).ToList();
            if (found.Count >= count) return found;
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"Expected {count} matching webhook(s) within {timeoutSeconds}s; got {found.Count}. All received: "
                    + string.Join(", ", received.Select(r => r.EventType)));
            await Task.Delay(50);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
