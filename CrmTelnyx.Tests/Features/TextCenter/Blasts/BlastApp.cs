using System.Text.Json;
using CrmTelnyx.Features.Contacts;
using CrmTelnyx.Features.Numbers;
using CrmTelnyx.Features.TextCenter;
using CrmTelnyx.Features.TextCenter.Blasts;
using CrmTelnyx.Features.TextCenter.Compose;
using CrmTelnyx.Sandbox.Store;
using CrmTelnyx.Tests.Features.Numbers;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CrmTelnyx.Tests.Features.TextCenter.Blasts;

/// <summary>The app with quick sandbox delays and a clock at a weekday noon; seeds contacts, senders and blasts.</summary>
public static class BlastApp
{
    public const string SenderA = "+13125550141";
    public const string SenderB = "+13125550142";

    public static CrmAppFactory Configure(CrmAppFactory app, ShiftedClock clock, bool engine = true)
    {
        app.Settings["Sandbox:MessageSentDelayMs"] = "50";
        app.Settings["Sandbox:MessageFinalizedDelayMs"] = "150";
        app.Settings["Sandbox:WebhookRetryDelayMs"] = "100";
        app.Settings["Webhooks:RetryBaseDelay"] = "00:00:00.100";
        app.Settings["Blasts:Engine:SchedulerInterval"] = "00:00:00.100";
        app.Settings["Blasts:Engine:IdleInterval"] = "00:00:00.050";
        app.Settings["Blasts:Engine:BackOff"] = "00:00:00.200";
        app.ServiceChanges.Add(services =>
        {
            services.AddSingleton<TimeProvider>(clock);
            if (engine) return;
            // Materialising alone: no scheduler starting blasts, no dispatcher claiming rows mid-assertion.
            foreach (var hosted in services.Where(d => d.ServiceType == typeof(IHostedService)
                && (d.ImplementationType == typeof(BlastDispatcher) || d.ImplementationType == typeof(BlastScheduler))).ToList())
                services.Remove(hosted);
        });
        return app;
    }

    public static async Task SendersAsync(this CrmAppFactory app, params string[] numbers)
    {
        foreach (var number in numbers) await app.AddNumberAsync(number);
    }

    public static Task RatesAsync(this CrmAppFactory app, double local = 1000, double account = 1000) => app.WithDbAsync(async db =>
    {
        var settings = await db.TextingSettings.SingleAsync();
        settings.LocalNumberMessagesPerSecond = local;
        settings.TollFreeMessagesPerSecond = local;
        settings.AccountMessagesPerSecond = account;
        return await db.SaveChangesAsync();
    });

    /// <summary>Contacts tagged <paramref name="tag"/>, numbered +1312555{first}, +1312555{first+1}, … (Chicago, deliverable).</summary>
    public static Task<List<Contact>> ContactsAsync(this CrmAppFactory app, int count, string tag = "VIP", int first = 1001, Action<Contact, int>? change = null) =>
        app.WithDbAsync(async db =>
        {
            var existing = await db.Tags.SingleOrDefaultAsync(t => t.Name == tag) ?? new Tag { Name = tag };
            var contacts = Enumerable.Range(0, count).Select(i =>
            {
                var contact = new Contact { FirstName = $"Ann{i}", LastName = "Lee", Phone = $"+1312555{first + i:0000}", State = "IL", CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow };
                contact.Tags.Add(new ContactTag { Tag = existing });
                change?.Invoke(contact, i);
                contact.RefreshSearchKeys();
                return contact;
            }).ToList();
            db.Contacts.AddRange(contacts);
            await db.SaveChangesAsync();
            return contacts;
        });

    public static Task<long> BlastAsync(this CrmAppFactory app, string text, string[] senders, BlastAudience? audience = null,
        bool marketing = false, RotationMode rotation = RotationMode.RoundRobin, string? mediaUrl = null, BlastStatus status = BlastStatus.Scheduled) =>
        app.WithDbAsync(async db =>
        {
            var blast = new Blast
            {
                Name = "Test blast", Text = text, IsMarketing = marketing, Rotation = rotation, MediaUrl = mediaUrl, Status = status,
                AudienceJson = (audience ?? new BlastAudience { Tags = ["VIP"] }).ToJson(),
                SendersJson = JsonSerializer.Serialize(senders), CreatedAt = DateTimeOffset.UtcNow,
            };
            db.Blasts.Add(blast);
            await db.SaveChangesAsync();
            return blast.Id;
        });

    public static Task<Blast> BlastRowAsync(this CrmAppFactory app, long id) => app.WithDbAsync(db => db.Blasts.AsNoTracking().SingleAsync(b => b.Id == id));

    public static Task<List<Message>> RowsAsync(this CrmAppFactory app, long blastId) =>
        app.WithDbAsync(db => db.Messages.AsNoTracking().Where(m => m.BlastId == blastId).OrderBy(m => m.Id).ToListAsync());

    /// <summary>What reached Telnyx (the sandbox's own record): outbound messages, oldest first.</summary>
    public static async Task<List<SandboxMessage>> AtSandboxAsync(this CrmAppFactory app)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<SandboxDbContext>>().CreateDbContextAsync();
        return await db.Messages.AsNoTracking().Where(m => m.Direction == "outbound").OrderBy(m => m.ReceivedAt).ToListAsync();
    }

    public static Task<Blast> CompletedAsync(this CrmAppFactory app, long blastId, TimeSpan? within = null) =>
        Eventually.ReturnsAsync(() => app.BlastRowAsync(blastId), b => b.Status is BlastStatus.Completed or BlastStatus.Failed, within ?? TimeSpan.FromSeconds(60));

    /// <summary>Every row of the blast has reached a final status (delivered, failed…) through Telnyx's webhooks.</summary>
    public static Task<List<Message>> SettledAsync(this CrmAppFactory app, long blastId, TimeSpan? within = null) =>
        Eventually.ReturnsAsync(() => app.RowsAsync(blastId),
            rows => rows.All(r => MessageStatusRank.Of(r.Status) == MessageStatusRank.Of(MessageStatuses.Delivered)), within ?? TimeSpan.FromSeconds(60));
}
