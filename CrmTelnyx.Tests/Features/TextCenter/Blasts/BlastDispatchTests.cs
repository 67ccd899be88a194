using CrmTelnyx.Features.Compliance;
using CrmTelnyx.Features.Contacts;
using CrmTelnyx.Features.TextCenter;
using CrmTelnyx.Features.TextCenter.Blasts;
using CrmTelnyx.Sandbox.Store;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CrmTelnyx.Tests.Features.TextCenter.Blasts;

/// <summary>A blast sent through the sandbox: each recipient texted once, outcomes recorded with their reasons.</summary>
public sealed class BlastDispatchTests : IDisposable
{
    private readonly ShiftedClock clock = new(ShiftedClock.WeekdayNoonInChicago);
    private readonly CrmAppFactory app;

    public BlastDispatchTests() => app = BlastApp.Configure(new CrmAppFactory(), clock);

    public void Dispose() => app.Dispose();

    [Fact]
    public async Task A_blast_reaches_every_recipient_once_is_delivered_and_completes()
    {
        app.StartKestrel();
        await app.SendersAsync(BlastApp.SenderA, BlastApp.SenderB);
        await app.RatesAsync();
        var contacts = await app.ContactsAsync(40);
        var blastId = await app.BlastAsync("Hi {firstName}", [BlastApp.SenderA, BlastApp.SenderB]);

        var blast = await app.CompletedAsync(blastId);
        var rows = await app.SettledAsync(blastId);

        Assert.Equal(BlastStatus.Completed, blast.Status);
        Assert.All(rows, r => Assert.Equal(MessageStatuses.Delivered, r.Status));
        var sent = await app.AtSandboxAsync();
        Assert.Equal(contacts.Select(c => c.Phone).Order(), sent.Select(m => m.To).Order());
        Assert.Equal("Hi Ann7", sent.Single(m => m.To == contacts[7].Phone).Text);
        Assert.Equal(20, sent.Count(m => m.From == BlastApp.SenderA));
    }

    [Fact]
    public async Task A_blast_with_a_picture_goes_as_mms_at_the_mms_price_and_each_row_keeps_the_picture()
    {
        const string picture = "https://cdn.example.com/promo/sale-day.jpg";
        app.StartKestrel();
        await app.SendersAsync(BlastApp.SenderA);
        await app.RatesAsync();
        await app.ContactsAsync(3);
        var blastId = await app.BlastAsync("Hi {firstName}, sale today", [BlastApp.SenderA], mediaUrl: picture);

        await app.CompletedAsync(blastId);
        var rows = await app.SettledAsync(blastId);

        Assert.All(rows, r => Assert.Equal([picture], r.MediaUrls ?? []));
        Assert.All(rows, r => Assert.Equal(0.0200m, r.CostAmount));
        var sent = await app.AtSandboxAsync();
        Assert.Equal(3, sent.Count);
        Assert.All(sent, m => Assert.Equal([picture], m.MediaUrls));
        Assert.All(sent, m => Assert.Equal(1, m.Parts));
    }

    [Fact]
    public async Task Failures_are_recorded_with_their_code_and_words_and_a_STOP_at_the_carrier_opts_the_contact_out()
    {
        app.StartKestrel();
        await app.SendersAsync(BlastApp.SenderA);
        await app.RatesAsync();
        // 1001 is delivered; 10000 ends 0000 (the sandbox fails it on delivery, 40008); 1003 replied STOP at Telnyx.
        var contacts = await app.ContactsAsync(3, change: (c, i) => c.Phone = i switch { 0 => "+13125551001", 1 => "+13125550000", _ => "+13125551003" });
        await using (var sandbox = await app.Services.GetRequiredService<IDbContextFactory<SandboxDbContext>>().CreateDbContextAsync())
        {
            var profile = await sandbox.PhoneNumbers.Where(n => n.PhoneNumber == BlastApp.SenderA).Select(n => n.MessagingProfileId).SingleAsync();
            sandbox.OptOuts.Add(new SandboxOptOut { MessagingProfileId = profile!, PhoneNumber = "+13125551003", CreatedAt = DateTime.UtcNow });
            await sandbox.SaveChangesAsync();
        }
        var blastId = await app.BlastAsync("Hello", [BlastApp.SenderA]);

        await app.CompletedAsync(blastId);
        var rows = (await app.SettledAsync(blastId)).ToDictionary(r => r.To);

        Assert.Equal(MessageStatuses.Delivered, rows["+13125551001"].Status);
        Assert.Equal((MessageStatuses.DeliveryFailed, "40008"), (rows["+13125550000"].Status, rows["+13125550000"].ErrorCode));
        var stopped = rows["+13125551003"];
        Assert.Equal((MessageStatuses.SendingFailed, "40300"), (stopped.Status, stopped.ErrorCode));
        Assert.StartsWith("Opted out: the number replied STOP", stopped.ErrorDetail);
        var contact = await app.WithDbAsync(db => db.Contacts.AsNoTracking().SingleAsync(c => c.Phone == "+13125551003"));
        Assert.Equal(ConsentStatus.OptedOut, contact.Consent);
        Assert.True(await app.WithDbAsync(db => ConsentRecorder.IsOptedOutAsync(db, "+13125551003")));
    }

    [Fact]
    public async Task Each_sender_keeps_to_its_rate()
    {
        app.StartKestrel();
        await app.SendersAsync(BlastApp.SenderA, BlastApp.SenderB);
        await app.RatesAsync(local: 4, account: 50);
        await app.ContactsAsync(24);
        var blastId = await app.BlastAsync("Hello", [BlastApp.SenderA, BlastApp.SenderB]);

        await app.CompletedAsync(blastId);

        // Each sender's sends, first claim to last, came no faster than its rate (a tenth allowed for timing). Claims, not
        // the sandbox's arrival times: on a busy machine the first request of a cold app can arrive late and crowd the rest.
        Assert.Equal(24, (await app.AtSandboxAsync()).Count);
        foreach (var sender in (await app.RowsAsync(blastId)).GroupBy(m => m.From))
        {
            var times = sender.Select(m => m.ClaimedAt!.Value).Order().ToList();
            var rate = (times.Count - 1) / (times[^1] - times[0]).TotalSeconds;
            Assert.InRange(rate, 1, 4 * 1.1);
        }
    }

    [Fact]
    public async Task When_Telnyx_says_too_many_requests_the_dispatcher_slows_down_and_nothing_is_lost_or_sent_twice()
    {
        // The sandbox allows 8 requests a second; the dispatcher, with its own limits off, meets 429 at once.
        app.Settings["Sandbox:RequestsPerWindow"] = "8";
        app.Settings["Sandbox:RateLimitWindowSeconds"] = "1";
        app.Settings["Telnyx:Resilience:MaxRetryAttempts"] = "0";
        app.Settings["Blasts:Engine:RateLimits"] = "false";
        app.StartKestrel();
        await app.SendersAsync(BlastApp.SenderA);
        var contacts = await app.ContactsAsync(30);
        var blastId = await app.BlastAsync("Hello", [BlastApp.SenderA]);

        await app.CompletedAsync(blastId);

        var rows = await app.RowsAsync(blastId);
        Assert.DoesNotContain(rows, r => r.Status is MessageStatuses.SendingFailed or MessageStatuses.Unknown or MessageStatuses.Pending);
        var sent = await app.AtSandboxAsync();
        Assert.Equal(contacts.Select(c => c.Phone).Order(), sent.Select(m => m.To).Order());
    }

    [Fact]
    public async Task A_recipient_in_quiet_hours_waits_while_the_others_are_sent()
    {
        // 21:30 in New York, 20:30 in Chicago: New York's window has closed, Chicago's is still open.
        clock.Advance(TimeSpan.FromHours(8.5));
        app.StartKestrel();
        await app.SendersAsync(BlastApp.SenderA);
        await app.RatesAsync();
        await app.ContactsAsync(2, change: (c, i) => { if (i == 1) { c.Phone = "+12125551002"; c.State = "NY"; } });
        await app.WithDbAsync(db => db.TextingSettings.ExecuteUpdateAsync(u => u.SetProperty(s => s.LocalNumberMessagesPerSecond, 1000)));
        var blastId = await app.BlastAsync("Hello", [BlastApp.SenderA]);

        await Eventually.ReturnsAsync(() => app.AtSandboxAsync(), sent => sent.Count == 1);
        var rows = (await app.RowsAsync(blastId)).ToDictionary(r => r.To);
        Assert.Equal(MessageStatuses.Pending, rows["+12125551002"].Status);
        Assert.Equal(BlastStatus.Sending, (await app.BlastRowAsync(blastId)).Status);

        // The next morning in New York it goes.
        clock.Advance(TimeSpan.FromHours(12));
        await app.CompletedAsync(blastId);
        Assert.Equal(2, (await app.AtSandboxAsync()).Count);
    }
}
