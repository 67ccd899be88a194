using CrmTelnyx.Features.Compliance;
using CrmTelnyx.Features.Contacts;
using CrmTelnyx.Features.TextCenter;
using CrmTelnyx.Features.TextCenter.Blasts;
using CrmTelnyx.Features.TextCenter.Compose;
using CrmTelnyx.Tests.Features.Numbers;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CrmTelnyx.Tests.Features.TextCenter.Blasts;

/// <summary>Starting a blast: one row per recipient, rendered, with a sender and a send time; the rest left out and counted by reason.</summary>
public sealed class StartBlastTests : IDisposable
{
    private readonly ShiftedClock clock = new(ShiftedClock.WeekdayNoonInChicago);
    private readonly CrmAppFactory app;

    public StartBlastTests() => app = BlastApp.Configure(new CrmAppFactory(), clock, engine: false);

    public void Dispose() => app.Dispose();

    private async Task<StartBlast.Result> StartAsync(long blastId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<StartBlast>().StartAsync(blastId);
    }

    [Fact]
    public async Task The_composers_count_is_what_the_start_makes_reason_by_reason()
    {
        await app.SendersAsync(BlastApp.SenderA);
        var contacts = await app.ContactsAsync(8, change: (c, i) =>
        {
            if (i is 1 or 5) c.Consent = ConsentStatus.OptedOut;
            if (i == 2) c.Phone = "";
            // Saved around the checks by an old import: not "+1" and ten digits.
            if (i == 6) c.Phone = "+1212555A100";
        });
        await app.WithDbAsync(db =>
        {
            db.PhoneOptOuts.Add(new PhoneOptOut { Phone = contacts[3].Phone, At = DateTime.UtcNow, Source = nameof(ConsentSource.SmsKeyword) });
            return db.SaveChangesAsync();
        });
        var counted = await app.WithDbAsync(db => CrmTelnyx.Features.TextCenter.Blasts.Composer.AudienceCount.ForAsync(db, new BlastAudience()));
        var blastId = await app.BlastAsync("Hello {firstName|there}", [BlastApp.SenderA], marketing: false);

        Assert.True((await StartAsync(blastId)).Started);

        var blast = await app.BlastRowAsync(blastId);
        Assert.Equal((3, 3, 2, 0), (counted.Recipients, counted.OptedOut, counted.Invalid, counted.Duplicate));
        Assert.Equal((counted.Recipients, counted.OptedOut, counted.Invalid, counted.Duplicate),
            (blast.Recipients, blast.SuppressedOptedOut, blast.SuppressedInvalid, blast.SuppressedDuplicate));
        Assert.Equal(counted.Recipients, (await app.RowsAsync(blastId)).Count);
    }

    [Fact]
    public async Task Every_recipient_gets_one_rendered_pending_row_and_the_left_out_are_counted_by_reason()
    {
        await app.SendersAsync(BlastApp.SenderA, BlastApp.SenderB);
        var contacts = await app.ContactsAsync(6, change: (c, i) =>
        {
            if (i == 0) c.FirstName = "";
            if (i == 1) c.Consent = ConsentStatus.OptedOut;
            if (i == 2) c.Phone = "";
        });
        await app.WithDbAsync(db =>
        {
            // The number replied STOP though its contact's consent was never changed: the suppression list still holds.
            db.PhoneOptOuts.Add(new PhoneOptOut { Phone = contacts[3].Phone, At = DateTime.UtcNow, Source = nameof(ConsentSource.SmsKeyword) });
            return db.SaveChangesAsync();
        });
        var blastId = await app.BlastAsync("Hi {firstName|there}, 20% off today", [BlastApp.SenderA, BlastApp.SenderB], marketing: true);

        var result = await StartAsync(blastId);

        Assert.True(result.Started, result.Error);
        var blast = await app.BlastRowAsync(blastId);
        Assert.Equal(BlastStatus.Sending, blast.Status);
        Assert.Equal((3, 2, 1, 0), (blast.Recipients, blast.SuppressedOptedOut, blast.SuppressedInvalid, blast.SuppressedDuplicate));
        var rows = await app.RowsAsync(blastId);
        Assert.Equal([contacts[0].Phone, contacts[4].Phone, contacts[5].Phone], rows.Select(r => r.To));
        Assert.All(rows, r => Assert.Equal(MessageStatuses.Pending, r.Status));
        Assert.Equal("Hi there, 20% off today\nReply STOP to opt out", rows[0].Text);
        Assert.Equal("Hi Ann4, 20% off today\nReply STOP to opt out", rows[1].Text);
        Assert.Equal([BlastApp.SenderA, BlastApp.SenderB, BlastApp.SenderA], rows.Select(r => r.From));
        Assert.Equal(contacts[0].Id, rows[0].ContactId);
        Assert.Equal(3, blast.EstimatedSegments);
        Assert.True(blast.EstimatedCost > 0);
        Assert.NotNull(blast.EstimatedFinishAt);
    }

    [Fact]
    public async Task A_contact_texted_before_keeps_its_sender_and_the_new_senders_are_remembered()
    {
        await app.SendersAsync(BlastApp.SenderA, BlastApp.SenderB);
        var contacts = await app.ContactsAsync(3);
        await app.WithDbAsync(db =>
        {
            db.StickySenders.Add(new StickySender { Phone = contacts[0].Phone, SenderNumber = BlastApp.SenderB, UpdatedAt = DateTimeOffset.UtcNow });
            return db.SaveChangesAsync();
        });
        var blastId = await app.BlastAsync("Hello", [BlastApp.SenderA, BlastApp.SenderB]);

        await StartAsync(blastId);

        var rows = await app.RowsAsync(blastId);
        Assert.Equal(BlastApp.SenderB, rows[0].From);
        var sticky = await app.WithDbAsync(db => db.StickySenders.AsNoTracking().ToDictionaryAsync(s => s.Phone, s => s.SenderNumber));
        Assert.Equal(rows.ToDictionary(r => r.To, r => r.From), sticky);
    }

    [Fact]
    public async Task Recipients_in_their_quiet_hours_wait_for_their_window_and_the_others_go_at_once()
    {
        // 7:00 in Chicago, 8:00 in New York: a New York number may be texted, a Chicago one not before 8:00 Chicago time.
        clock.Advance(TimeSpan.FromHours(-5));
        await app.SendersAsync(BlastApp.SenderA);
        await app.ContactsAsync(1, first: 1001);
        await app.WithDbAsync(db =>
        {
            var tag = db.Tags.Single(t => t.Name == "VIP");
            var newYorker = new Contact { FirstName = "Bo", Phone = "+12125551001", State = "NY", CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow };
            newYorker.Tags.Add(new ContactTag { Tag = tag });
            newYorker.RefreshSearchKeys();
            db.Contacts.Add(newYorker);
            return db.SaveChangesAsync();
        });
        var blastId = await app.BlastAsync("Hello", [BlastApp.SenderA]);

        await StartAsync(blastId);

        var rows = (await app.RowsAsync(blastId)).ToDictionary(r => r.To);
        Assert.Equal((await app.BlastRowAsync(blastId)).StartedAt, rows["+12125551001"].SendAfter);
        var chicago = TimeZoneInfo.ConvertTime(rows["+13125551001"].SendAfter!.Value, TimeZoneInfo.FindSystemTimeZoneById("America/Chicago"));
        Assert.Equal(new TimeSpan(8, 0, 0), chicago.TimeOfDay);
        Assert.Equal(new DateTime(2026, 12, 2), chicago.Date);
    }

    [Fact]
    public async Task A_blast_whose_senders_can_no_longer_blast_fails_with_the_reason_and_makes_no_rows()
    {
        await app.AddNumberAsync(BlastApp.SenderA, n => n.HealthPaused = true);
        await app.ContactsAsync(2);
        var blastId = await app.BlastAsync("Hello", [BlastApp.SenderA]);

        var result = await StartAsync(blastId);

        Assert.False(result.Started);
        var blast = await app.BlastRowAsync(blastId);
        Assert.Equal(BlastStatus.Failed, blast.Status);
        Assert.Contains("None of the chosen sender numbers may send blasts now", blast.Error);
        Assert.Empty(await app.RowsAsync(blastId));
    }

    [Fact]
    public async Task A_blast_is_prepared_once_however_often_it_is_started()
    {
        await app.SendersAsync(BlastApp.SenderA);
        await app.ContactsAsync(2);
        var blastId = await app.BlastAsync("Hello", [BlastApp.SenderA]);

        var first = await StartAsync(blastId);
        var second = await StartAsync(blastId);

        Assert.True(first.Started);
        Assert.False(second.Started);
        Assert.Equal(2, (await app.RowsAsync(blastId)).Count);
    }

    [Fact]
    public async Task The_scheduler_starts_a_blast_when_its_time_comes_and_not_before()
    {
        await app.SendersAsync(BlastApp.SenderA);
        await app.ContactsAsync(1);
        var later = await app.BlastAsync("Later", [BlastApp.SenderA]);
        var now = await app.BlastAsync("Now", [BlastApp.SenderA]);
        await app.WithDbAsync(db => db.Blasts.Where(b => b.Id == later)
            .ExecuteUpdateAsync(u => u.SetProperty(b => b.ScheduledFor, clock.GetUtcNow().AddHours(2))));
        var scheduler = ActivatorUtilities.CreateInstance<BlastScheduler>(app.Services);

        await scheduler.StartDueAsync(CancellationToken.None);
        Assert.Equal(BlastStatus.Scheduled, (await app.BlastRowAsync(later)).Status);
        Assert.Equal(BlastStatus.Sending, (await app.BlastRowAsync(now)).Status);

        clock.Advance(TimeSpan.FromHours(2));
        await scheduler.StartDueAsync(CancellationToken.None);
        Assert.Equal(BlastStatus.Sending, (await app.BlastRowAsync(later)).Status);
    }
}
