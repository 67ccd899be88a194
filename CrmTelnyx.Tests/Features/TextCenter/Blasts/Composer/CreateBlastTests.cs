using System.Text.Json;
using CrmTelnyx.Features.Contacts;
using CrmTelnyx.Features.TextCenter.Blasts;
using CrmTelnyx.Features.TextCenter.Blasts.Composer;
using CrmTelnyx.Features.TextCenter.Compose;
using CrmTelnyx.Identity;
using CrmTelnyx.Tests.Features.Numbers;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CrmTelnyx.Tests.Features.TextCenter.Blasts.Composer.AudienceSeed;

namespace CrmTelnyx.Tests.Features.TextCenter.Blasts.Composer;

/// <summary>Send now, schedule and save draft store the blast for the scheduler; what cannot be sent is refused in words.</summary>
public sealed class CreateBlastTests : IAsyncLifetime
{
    private readonly CrmAppFactory app = new();
    private const string Sender = "+12125550900";

    // The scheduler looks once at start-up, before any blast exists, and then not for an hour: a blast sent now
    // stays as the composer stored it while the test reads it.
    public CreateBlastTests() => app.Settings["Blasts:Engine:SchedulerInterval"] = "01:00:00";

    public async Task InitializeAsync()
    {
        var vip = new Tag { Name = "vip" };
        await app.AddAsync([Person("Ann", "+12125550101", "NY", ConsentStatus.OptedIn, null, vip), Person("Bob", "+12125550102", "NY", ConsentStatus.OptedOut, null, vip)]);
        await app.AddNumberAsync(Sender, n => n.State = "NY");
        await app.AddNumberAsync("+12125550901", n => n.BlastsEnabled = false);
    }

    public Task DisposeAsync()
    {
        app.Dispose();
        return Task.CompletedTask;
    }

    private static BlastDraft Vip => new()
    {
        Name = "Spring sale", Text = "Hi {firstName|there}, 20% off today", Audience = new BlastAudience { Tags = ["vip"] },
        Senders = [Sender], Rotation = RotationMode.LocalPresence,
    };

    private async Task<CreateBlast.Result> CreateAsync(BlastDraft draft, CreateBlast.When when, string role = AppRoles.Staff)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CreateBlast>().RunAsync(TextSenders.WithRole(role), draft, when);
    }

    private Task<Blast> BlastAsync(long id) => app.WithDbAsync(db => db.Blasts.AsNoTracking().SingleAsync(b => b.Id == id));

    [Fact]
    public async Task Send_now_stores_a_scheduled_blast_with_no_time_for_the_scheduler_to_start()
    {
        var result = await CreateAsync(Vip, CreateBlast.When.Now);

        Assert.Empty(result.Errors);
        var blast = await BlastAsync(result.BlastId!.Value);
        Assert.Equal((BlastStatus.Scheduled, (DateTimeOffset?)null), (blast.Status, blast.ScheduledFor));
        Assert.Equal(("Spring sale", "Hi {firstName|there}, 20% off today", RotationMode.LocalPresence), (blast.Name, blast.Text, blast.Rotation));
        Assert.Equal([Sender], JsonSerializer.Deserialize<string[]>(blast.SendersJson)!);
        Assert.Equal(["vip"], BlastAudience.FromJson(blast.AudienceJson).Tags);
        Assert.Equal("Tag vip", blast.AudienceDescription);
        Assert.Equal("staff@crm.test", blast.CreatedBy);
    }

    [Fact]
    public async Task Schedule_stores_the_time_and_refuses_one_that_has_passed()
    {
        var at = DateTimeOffset.UtcNow.AddDays(1);
        var later = await CreateAsync(Vip with { ScheduledFor = at }, CreateBlast.When.Later);
        var past = await CreateAsync(Vip with { ScheduledFor = DateTimeOffset.UtcNow.AddMinutes(-5) }, CreateBlast.When.Later);

        var blast = await BlastAsync(later.BlastId!.Value);
        Assert.Equal((BlastStatus.Scheduled, at), (blast.Status, blast.ScheduledFor!.Value));
        Assert.Null(past.BlastId);
        Assert.Contains("The time to send it has passed; choose a later one.", past.Errors);
    }

    [Fact]
    public async Task A_draft_may_be_unfinished_but_a_send_needs_senders_recipients_and_a_valid_text()
    {
        var draft = await CreateAsync(Vip with { Senders = [], Name = "" }, CreateBlast.When.Draft);
        var refused = await CreateAsync(Vip with
        {
            Senders = ["+12125550901"], Text = "Hi {nickname}", MediaUrl = "http://example.com/a.jpg",
            Audience = new BlastAudience { States = ["TX"] },
        }, CreateBlast.When.Now);

        Assert.Equal(BlastStatus.Draft, (await BlastAsync(draft.BlastId!.Value)).Status);
        Assert.Null(refused.BlastId);
        Assert.Contains(refused.Errors, e => e.Contains("{nickname} is not a merge field"));
        Assert.Contains(refused.Errors, e => e.StartsWith("Media URL: an https:// address"));
        Assert.Contains(refused.Errors, e => e.Contains("(212) 555-0901 cannot send blasts now"));
        Assert.Contains("Nobody in this audience can be texted.", refused.Errors);
        Assert.Equal(1, await app.WithDbAsync(db => db.Blasts.CountAsync()));
    }

    [Fact]
    public async Task Agents_cannot_create_blasts()
    {
        var result = await CreateAsync(Vip, CreateBlast.When.Now, AppRoles.Agent);

        Assert.Equal([CreateBlast.NotAllowed], result.Errors);
        Assert.Equal(0, await app.WithDbAsync(db => db.Blasts.CountAsync()));
    }
}
