using System.Text.Json;
using CrmTelnyx.Features.Contacts;
using CrmTelnyx.Features.TextCenter.Blasts;
using CrmTelnyx.Features.TextCenter.Blasts.Composer;
using CrmTelnyx.Features.TextCenter.Blasts.Progress;
using CrmTelnyx.Features.TextCenter.Compose;
using CrmTelnyx.Identity;
using CrmTelnyx.Tests.Features.Numbers;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CrmTelnyx.Tests.Features.TextCenter.Blasts.Composer.AudienceSeed;

namespace CrmTelnyx.Tests.Features.TextCenter.Blasts.Composer;

/// <summary>
/// A saved draft opens again with all it holds; saving updates its row, sending turns that row into the blast, and it
/// can be deleted — each only while it is still the draft as opened, with the reason in words when it is not.
/// </summary>
public sealed class ReopenDraftTests : IAsyncLifetime
{
    private readonly CrmAppFactory app = new();
    private const string Sender = "+12125550900";
    private long annId;

    // The scheduler looks once at start-up, before any blast exists, and then not for an hour: a blast sent now
    // stays "scheduled" while the test reads what the composer says about it.
    public ReopenDraftTests() => app.Settings["Blasts:Engine:SchedulerInterval"] = "01:00:00";

    public async Task InitializeAsync()
    {
        var vip = new Tag { Name = "vip" };
        await app.AddAsync([Person("Ann", "+12125550101", "NY", ConsentStatus.OptedIn, null, vip), Person("Bob", "+12125550102", "NJ", ConsentStatus.OptedIn, null, vip)]);
        annId = await app.WithDbAsync(db => db.Contacts.Where(c => c.FirstName == "Ann").Select(c => c.Id).SingleAsync());
        await app.AddNumberAsync(Sender, n => n.State = "NY");
    }

    public Task DisposeAsync()
    {
        app.Dispose();
        return Task.CompletedTask;
    }

    private BlastDraft Full => new()
    {
        Name = "Spring sale", Text = "Hi {firstName|there}, 20% off", MediaUrl = "https://example.com/spring.jpg", IsMarketing = false,
        Audience = new BlastAudience { Tags = ["vip"], States = ["NY", "NJ"], Consent = ConsentStatus.OptedIn, ContactIds = [annId] },
        Senders = [Sender], Rotation = RotationMode.LocalPresence, ScheduledFor = new DateTimeOffset(2030, 5, 1, 14, 0, 0, TimeSpan.Zero),
    };

    private async Task<T> RunAsync<TUseCase, T>(Func<TUseCase, Task<T>> run) where TUseCase : notnull
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await run(scope.ServiceProvider.GetRequiredService<TUseCase>());
    }

    private async Task<long> SaveDraftAsync(BlastDraft draft) =>
        (await RunAsync<CreateBlast, CreateBlast.Result>(c => c.RunAsync(TextSenders.Staff, draft, CreateBlast.When.Draft))).BlastId!.Value;

    private Task<OpenDraft.Result> OpenAsync(long id) => RunAsync<OpenDraft, OpenDraft.Result>(o => o.OpenAsync(id));

    private Task<UpdateDraft.Result> UpdateAsync(long id, DraftStamp seen, BlastDraft draft, CreateBlast.When when, string role = AppRoles.Manager) =>
        RunAsync<UpdateDraft, UpdateDraft.Result>(u => u.RunAsync(TextSenders.WithRole(role), id, seen, draft, when));

    private Task<Blast?> BlastAsync(long id) => app.WithDbAsync(db => db.Blasts.AsNoTracking().SingleOrDefaultAsync(b => b.Id == id));

    [Fact]
    public async Task A_draft_opens_with_everything_it_holds()
    {
        var id = await SaveDraftAsync(Full);

        var opened = await OpenAsync(id);

        Assert.Null(opened.Error);
        var draft = opened.Draft!;
        Assert.Equal(("Spring sale", "Hi {firstName|there}, 20% off", "https://example.com/spring.jpg", false),
            (draft.Name, draft.Text, draft.MediaUrl, draft.IsMarketing));
        Assert.Equal(["vip"], draft.Audience.Tags);
        Assert.Equal(["NY", "NJ"], draft.Audience.States);
        Assert.Equal(ConsentStatus.OptedIn, draft.Audience.Consent);
        Assert.Equal([annId], draft.Audience.ContactIds);
        Assert.Equal([Sender], draft.Senders);
        Assert.Equal(RotationMode.LocalPresence, draft.Rotation);
        Assert.Equal(Full.ScheduledFor, draft.ScheduledFor);
    }

    [Fact]
    public async Task Saving_a_reopened_draft_updates_its_row_and_sending_it_turns_that_row_into_the_blast()
    {
        var id = await SaveDraftAsync(Full with { ScheduledFor = null });
        var first = await OpenAsync(id);

        var saved = await UpdateAsync(id, first.Stamp!, first.Draft! with { Name = "Spring sale NY", Audience = new BlastAudience { States = ["NY"] } }, CreateBlast.When.Draft);
        var second = await OpenAsync(id);
        var sent = await UpdateAsync(id, second.Stamp!, second.Draft!, CreateBlast.When.Now);

        Assert.True(saved.Done);
        Assert.Equal("Spring sale NY", second.Draft!.Name);
        Assert.Equal(["NY"], second.Draft.Audience.States);
        Assert.True(sent.Done, string.Join(" ", sent.Errors));
        var blast = (await BlastAsync(id))!;
        Assert.Equal((BlastStatus.Scheduled, (DateTimeOffset?)null), (blast.Status, blast.ScheduledFor));
        Assert.Equal("in NY", blast.AudienceDescription);
        Assert.StartsWith("Sent by manager@crm.test", blast.LastAction);
        Assert.Equal(1, await app.WithDbAsync(db => db.Blasts.CountAsync()));
    }

    [Fact]
    public async Task Scheduling_a_reopened_draft_keeps_its_time_and_a_send_still_needs_what_any_send_needs()
    {
        var id = await SaveDraftAsync(Full with { Senders = [] });
        var opened = await OpenAsync(id);

        var refused = await UpdateAsync(id, opened.Stamp!, opened.Draft!, CreateBlast.When.Later);
        var scheduled = await UpdateAsync(id, opened.Stamp!, opened.Draft! with { Senders = [Sender] }, CreateBlast.When.Later);

        Assert.Equal(["Choose at least one number to send from."], refused.Errors);
        Assert.False(refused.Stale);
        Assert.True(scheduled.Done);
        var blast = (await BlastAsync(id))!;
        Assert.Equal((BlastStatus.Scheduled, Full.ScheduledFor), (blast.Status, blast.ScheduledFor));
        Assert.Equal([Sender], JsonSerializer.Deserialize<string[]>(blast.SendersJson)!);
    }

    [Fact]
    public async Task A_draft_changed_by_someone_else_meanwhile_is_not_overwritten()
    {
        var id = await SaveDraftAsync(Full);
        var mine = await OpenAsync(id);
        var theirs = await OpenAsync(id);
        await UpdateAsync(id, theirs.Stamp!, theirs.Draft! with { Text = "Their text" }, CreateBlast.When.Draft, AppRoles.Admin);

        var refused = await UpdateAsync(id, mine.Stamp!, mine.Draft! with { Text = "My text" }, CreateBlast.When.Draft);
        var refusedSend = await UpdateAsync(id, mine.Stamp!, mine.Draft!, CreateBlast.When.Now);

        Assert.True(refused.Stale);
        var said = Assert.Single(refused.Errors);
        Assert.StartsWith("Someone changed this draft since you opened it (Draft saved by admin@crm.test at ", said);
        Assert.EndsWith("your changes were not saved. Open it again to see their version.", said);
        Assert.EndsWith("nothing was sent. Open it again to see their version.", Assert.Single(refusedSend.Errors));
        var blast = (await BlastAsync(id))!;
        Assert.Equal((BlastStatus.Draft, "Their text"), (blast.Status, blast.Text));
    }

    [Fact]
    public async Task A_draft_saved_twice_with_the_same_text_by_someone_else_still_counts_as_changed()
    {
        var id = await SaveDraftAsync(Full);
        var mine = await OpenAsync(id);
        var theirs = await OpenAsync(id);
        await UpdateAsync(id, theirs.Stamp!, theirs.Draft!, CreateBlast.When.Draft, AppRoles.Admin);

        var refused = await UpdateAsync(id, mine.Stamp!, mine.Draft! with { Text = "My text" }, CreateBlast.When.Draft);

        Assert.True(refused.Stale);
    }

    [Fact]
    public async Task A_draft_sent_or_deleted_meanwhile_is_left_as_it_is_and_says_so()
    {
        var sentId = await SaveDraftAsync(Full with { ScheduledFor = null });
        var goneId = await SaveDraftAsync(Full);
        var mineSent = await OpenAsync(sentId);
        var mineGone = await OpenAsync(goneId);
        await UpdateAsync(sentId, mineSent.Stamp!, mineSent.Draft!, CreateBlast.When.Now, AppRoles.Admin);
        await RunAsync<DeleteDraft, BlastControlResult>(d => d.DeleteAsync(TextSenders.WithRole(AppRoles.Admin), goneId));

        var afterSend = await UpdateAsync(sentId, mineSent.Stamp!, mineSent.Draft! with { Text = "Changed" }, CreateBlast.When.Draft);
        var afterDelete = await UpdateAsync(goneId, mineGone.Stamp!, mineGone.Draft!, CreateBlast.When.Now);

        Assert.StartsWith("This draft was already sent (Sent by admin@crm.test at ", Assert.Single(afterSend.Errors));
        Assert.EndsWith("and is now scheduled; your changes were not saved.", afterSend.Errors[0]);
        Assert.Equal(["This draft was deleted meanwhile; nothing was sent."], afterDelete.Errors);
        Assert.Equal("Hi {firstName|there}, 20% off", (await BlastAsync(sentId))!.Text);
        Assert.Null(await BlastAsync(goneId));
    }

    [Fact]
    public async Task A_blast_that_is_not_a_draft_or_does_not_exist_does_not_open()
    {
        var id = (await RunAsync<CreateBlast, CreateBlast.Result>(c => c.RunAsync(TextSenders.Staff, Full with { ScheduledFor = null }, CreateBlast.When.Now))).BlastId!.Value;

        var sent = await OpenAsync(id);
        var missing = await OpenAsync(9999);

        Assert.Equal("“Spring sale” is no longer a draft (it is scheduled), so it cannot be edited.", sent.Error);
        Assert.Null(sent.Draft);
        Assert.Equal("There is no draft 9999: it may have been deleted.", missing.Error);
    }

    [Fact]
    public async Task A_draft_is_deleted_but_a_sent_blast_and_a_draft_changed_meanwhile_are_not()
    {
        var draftId = await SaveDraftAsync(Full);
        var changedId = await SaveDraftAsync(Full);
        var sentId = (await RunAsync<CreateBlast, CreateBlast.Result>(c => c.RunAsync(TextSenders.Staff, Full with { ScheduledFor = null }, CreateBlast.When.Now))).BlastId!.Value;
        var mine = await OpenAsync(changedId);
        var theirs = await OpenAsync(changedId);
        await UpdateAsync(changedId, theirs.Stamp!, theirs.Draft! with { Name = "Theirs" }, CreateBlast.When.Draft, AppRoles.Admin);

        var deleted = await RunAsync<DeleteDraft, BlastControlResult>(d => d.DeleteAsync(TextSenders.Staff, draftId));
        var notSent = await RunAsync<DeleteDraft, BlastControlResult>(d => d.DeleteAsync(TextSenders.Staff, sentId));
        var notChanged = await RunAsync<DeleteDraft, BlastControlResult>(d => d.DeleteAsync(TextSenders.Staff, changedId, mine.Stamp));
        var agent = await RunAsync<DeleteDraft, BlastControlResult>(d => d.DeleteAsync(TextSenders.WithRole(AppRoles.Agent), changedId));

        Assert.Equal(new BlastControlResult(true, "Draft deleted."), deleted);
        Assert.Null(await BlastAsync(draftId));
        Assert.False(notSent.Done);
        Assert.Equal("This draft was already sent and is now scheduled; it was not deleted.", notSent.Message);
        Assert.StartsWith("Someone changed this draft since you opened it (Draft saved by admin@crm.test", notChanged.Message);
        Assert.Equal(new BlastControlResult(false, CreateBlast.NotAllowed), agent);
        Assert.NotNull(await BlastAsync(sentId));
        Assert.Equal("Theirs", (await BlastAsync(changedId))!.Name);
    }

    [Fact]
    public async Task Agents_cannot_update_a_draft()
    {
        var id = await SaveDraftAsync(Full);
        var opened = await OpenAsync(id);

        var result = await UpdateAsync(id, opened.Stamp!, opened.Draft! with { Text = "x" }, CreateBlast.When.Draft, AppRoles.Agent);

        Assert.Equal([CreateBlast.NotAllowed], result.Errors);
        Assert.Equal(Full.Text, (await BlastAsync(id))!.Text);
    }
}
