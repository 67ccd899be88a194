using CrmTelnyx.Features.TextCenter;
using CrmTelnyx.Identity;
using CrmTelnyx.Features.TextCenter.Blasts;
using CrmTelnyx.Features.TextCenter.Blasts.Progress;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CrmTelnyx.Tests.Features.TextCenter.Blasts;

/// <summary>Pause, resume and cancel, through the real app and database: what the dispatcher will (not) send afterwards.</summary>
public sealed class BlastControlTests(CrmAppFactory app) : IClassFixture<CrmAppFactory>
{
    private async Task<T> RunAsync<TUseCase, T>(Func<TUseCase, Task<T>> run) where TUseCase : notnull
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await run(scope.ServiceProvider.GetRequiredService<TUseCase>());
    }

    private Task<Blast> BlastAsync(long id) => app.WithDbAsync(db => db.Blasts.AsNoTracking().SingleAsync(b => b.Id == id));

    private Task<List<string>> StatusesAsync(long id) =>
        app.WithDbAsync(db => db.Messages.Where(m => m.BlastId == id).OrderBy(m => m.Id).Select(m => m.Status).ToListAsync());

    [Fact]
    public async Task Pausing_a_sending_blast_stops_it_and_resuming_lets_it_send_again_with_who_did_it()
    {
        var id = await BlastSeed.StartedAsync(app, "Pause me", BlastStatus.Sending, new(MessageStatuses.Delivered, "t-p1"), new(MessageStatuses.Pending));

        var paused = await RunAsync<PauseBlast, BlastControlResult>(u => u.PauseAsync(id, "manager@crm.test"));

        Assert.True(paused.Done);
        var blast = await BlastAsync(id);
        Assert.Equal(BlastStatus.Paused, blast.Status);
        Assert.NotNull(blast.PausedAt);
        Assert.StartsWith("Paused by manager@crm.test", blast.LastAction);
        Assert.Equal([MessageStatuses.Delivered, MessageStatuses.Pending], await StatusesAsync(id));

        var again = await RunAsync<PauseBlast, BlastControlResult>(u => u.PauseAsync(id, "manager@crm.test"));
        Assert.False(again.Done);
        Assert.Equal("A paused blast cannot be paused.", again.Message);

        var resumed = await RunAsync<ResumeBlast, BlastControlResult>(u => u.ResumeAsync(id, "staff@crm.test"));

        Assert.True(resumed.Done);
        blast = await BlastAsync(id);
        Assert.Equal(BlastStatus.Sending, blast.Status);
        Assert.Null(blast.PausedAt);
        Assert.StartsWith("Resumed by staff@crm.test", blast.LastAction);
    }

    [Theory]
    [InlineData(BlastStatus.Paused)]
    [InlineData(BlastStatus.HeldForBudget)]
    public async Task A_blast_let_go_again_after_waiting_is_estimated_to_finish_from_then_not_from_when_it_was_prepared(BlastStatus waiting)
    {
        var id = await BlastSeed.StartedAsync(app, "Waited", waiting, new(MessageStatuses.Delivered, $"t-w-{waiting}"), new(MessageStatuses.Pending), new(MessageStatuses.Pending));
        // Prepared days ago: the finish worked out then has long passed.
        await app.WithDbAsync(db => db.Blasts.Where(b => b.Id == id).ExecuteUpdateAsync(u => u.SetProperty(b => b.EstimatedFinishAt, DateTimeOffset.UtcNow.AddDays(-2))));

        var result = waiting == BlastStatus.Paused
            ? await RunAsync<ResumeBlast, BlastControlResult>(u => u.ResumeAsync(id, "staff@crm.test"))
            : await RunAsync<SendHeldBlast, BlastControlResult>(u => u.SendAsync(TextSenders.WithRole(AppRoles.Manager), id));

        Assert.True(result.Done, result.Message);
        // The two pending texts wait for their recipients' quiet hours (about 2 h, as seeded), then go a second or so apart.
        var allowedFrom = await app.WithDbAsync(db => db.Messages.Where(m => m.BlastId == id && m.Status == MessageStatuses.Pending).MaxAsync(m => m.SendAfter!.Value));
        var finish = (await BlastAsync(id)).EstimatedFinishAt;
        Assert.NotNull(finish);
        Assert.InRange(finish.Value, allowedFrom, allowedFrom.AddMinutes(1));
    }

    [Fact]
    public async Task Cancelling_turns_every_pending_row_to_cancelled_and_leaves_sent_ones_alone()
    {
        var id = await BlastSeed.StartedAsync(app, "Cancel me", BlastStatus.Paused,
            new(MessageStatuses.Delivered, "t-c1"), new(MessageStatuses.Sending, "t-c2"), new(MessageStatuses.Pending), new(MessageStatuses.Pending));

        var result = await RunAsync<CancelBlast, BlastControlResult>(u => u.CancelAsync(id, "admin@crm.test"));

        Assert.True(result.Done);
        Assert.Equal("Cancelled: 2 texts not yet sent will not be sent.", result.Message);
        var blast = await BlastAsync(id);
        Assert.Equal(BlastStatus.Cancelled, blast.Status);
        Assert.NotNull(blast.CompletedAt);
        Assert.Equal([MessageStatuses.Delivered, MessageStatuses.Sending, MessageStatuses.Cancelled, MessageStatuses.Cancelled], await StatusesAsync(id));
    }

    [Fact]
    public async Task A_draft_is_not_cancelled_and_the_answer_says_to_delete_it()
    {
        var id = await BlastSeed.StartedAsync(app, "Still a draft", BlastStatus.Draft);

        var cancel = await RunAsync<CancelBlast, BlastControlResult>(u => u.CancelAsync(id, "a"));

        Assert.False(cancel.Done);
        Assert.Equal("A draft cannot be cancelled: nothing goes out from it until it is sent or scheduled. An unwanted draft can be deleted.", cancel.Message);
        Assert.Equal(BlastStatus.Draft, (await BlastAsync(id)).Status);
    }

    [Fact]
    public async Task A_finished_blast_cannot_be_paused_resumed_or_cancelled_and_says_why()
    {
        var id = await BlastSeed.StartedAsync(app, "Done", BlastStatus.Completed, new BlastSeed.Row(MessageStatuses.Delivered, "t-d1"));

        var pause = await RunAsync<PauseBlast, BlastControlResult>(u => u.PauseAsync(id, "a"));
        var resume = await RunAsync<ResumeBlast, BlastControlResult>(u => u.ResumeAsync(id, "a"));
        var cancel = await RunAsync<CancelBlast, BlastControlResult>(u => u.CancelAsync(id, "a"));
        var missing = await RunAsync<CancelBlast, BlastControlResult>(u => u.CancelAsync(id + 10_000, "a"));

        Assert.Equal("This blast is completed, so it cannot be paused.", pause.Message);
        Assert.Equal("This blast is completed, so it cannot be resumed.", resume.Message);
        Assert.Equal("This blast is completed, so it cannot be cancelled.", cancel.Message);
        Assert.Equal("This blast no longer exists.", missing.Message);
        Assert.Equal(BlastStatus.Completed, (await BlastAsync(id)).Status);
    }
}
