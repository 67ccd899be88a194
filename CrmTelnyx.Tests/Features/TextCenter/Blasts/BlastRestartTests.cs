using CrmTelnyx.Features.TextCenter;
using CrmTelnyx.Features.TextCenter.Blasts;
using CrmTelnyx.Telnyx;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CrmTelnyx.Tests.Features.TextCenter.Blasts;

/// <summary>
/// The dispatcher stops mid-blast and another app takes over the same data: no text is sent twice and none is lost,
/// counted where it matters, at the sandbox (Telnyx). A send whose answer died with the app is never resent blindly.
/// </summary>
public sealed class BlastRestartTests : IDisposable
{
    private readonly ShiftedClock clock = new(ShiftedClock.WeekdayNoonInChicago);
    private readonly CrmAppFactory first;
    private CrmAppFactory? second;

    public BlastRestartTests() => first = BlastApp.Configure(new CrmAppFactory(), clock);

    public void Dispose()
    {
        // The second app shares the first one's folder; the first deletes it.
        second?.Dispose();
        first.Dispose();
    }

    private static async Task StopEngineAsync(CrmAppFactory app)
    {
        foreach (var service in app.Services.GetServices<IHostedService>().Where(s => s is BlastDispatcher or BlastScheduler))
            await service.StopAsync(CancellationToken.None);
    }

    private CrmAppFactory Restart()
    {
        second = BlastApp.Configure(CrmAppFactory.Restart(first.DataDirectory), clock);
        second.StartKestrel();
        return second;
    }

    [Fact]
    public async Task A_dispatcher_stopped_mid_blast_and_restarted_sends_every_text_exactly_once()
    {
        first.StartKestrel();
        await first.SendersAsync(BlastApp.SenderA);
        await first.RatesAsync(local: 15, account: 50);
        var contacts = await first.ContactsAsync(45);
        var blastId = await first.BlastAsync("Hello {firstName}", [BlastApp.SenderA]);
        await Eventually.ReturnsAsync(() => first.AtSandboxAsync(), sent => sent.Count >= 10);

        await StopEngineAsync(first);
        var sentBeforeRestart = (await first.AtSandboxAsync()).Count;
        Assert.InRange(sentBeforeRestart, 10, 44);

        var again = Restart();
        var blast = await again.CompletedAsync(blastId);

        Assert.Equal(BlastStatus.Completed, blast.Status);
        var sent = await again.AtSandboxAsync();
        Assert.Equal(contacts.Select(c => c.Phone).Order(), sent.Select(m => m.To).Order());
        var rows = await again.RowsAsync(blastId);
        Assert.DoesNotContain(rows, r => r.Status is MessageStatuses.Pending or MessageStatuses.Unknown || r.TelnyxMessageId is null);
    }

    [Fact]
    public async Task Rows_claimed_when_the_app_died_become_unknown_are_never_resent_and_Telnyx_webhooks_settle_those_that_went()
    {
        first.Settings["Blasts:Engine:RateLimits"] = "false";
        first.ServiceChanges.Add(services =>
        {
            // As if the first app died: its engine never runs; the test leaves its rows as a crash would.
            foreach (var hosted in services.Where(d => d.ImplementationType == typeof(BlastDispatcher) || d.ImplementationType == typeof(BlastScheduler)).ToList())
                services.Remove(hosted);
        });
        first.StartKestrel();
        await first.SendersAsync(BlastApp.SenderA);
        await first.ContactsAsync(3);
        var blastId = await first.BlastAsync("Hello", [BlastApp.SenderA]);
        await using (var scope = first.Services.CreateAsyncScope())
            Assert.True((await scope.ServiceProvider.GetRequiredService<StartBlast>().StartAsync(blastId)).Started);
        var rows = await first.RowsAsync(blastId);
        var (wentOut, neverSent, untouched) = (rows[0], rows[1], rows[2]);

        // Both were claimed; the first reached Telnyx but its answer was lost with the app, the second never left.
        await first.WithDbAsync(db => db.Messages.Where(m => m.Id == wentOut.Id || m.Id == neverSent.Id)
            .ExecuteUpdateAsync(u => u.SetProperty(m => m.Status, MessageStatuses.Sending).SetProperty(m => m.ClaimedAt, DateTimeOffset.UtcNow)));
        await using (var scope = first.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<TelnyxClient>().SendMessageAsync(new SendMessageRequest(wentOut.From, wentOut.To, wentOut.Text));

        var again = Restart();
        await again.CompletedAsync(blastId);
        var settled = await Eventually.ReturnsAsync(() => again.RowsAsync(blastId),
            r => r.Single(m => m.Id == wentOut.Id).Status == MessageStatuses.Delivered && r.Single(m => m.Id == untouched.Id).Status == MessageStatuses.Delivered);

        var lost = settled.Single(m => m.Id == neverSent.Id);
        Assert.Equal(MessageStatuses.Unknown, lost.Status);
        Assert.Contains("not known whether Telnyx sent it", lost.ErrorDetail);
        Assert.NotNull(settled.Single(m => m.Id == wentOut.Id).TelnyxMessageId);
        var sent = await again.AtSandboxAsync();
        Assert.Equal([wentOut.To, untouched.To], sent.Select(m => m.To).Order());
    }
}
