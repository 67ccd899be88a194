using CrmTelnyx.Data;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Features.TextCenter.Conversations;

/// <summary>
/// The thread list as the inbox page holds it: the first page, more on "Show older threads", and a re-read when threads
/// change. It keeps the oldest place shown (<see cref="InboxCursor"/>), so a re-read covers exactly the threads from the
/// newest down to there: one that moved to the top while older pages were read shows once, at the top, and is never
/// skipped by the next older page (its new place is above the cursor). One read at a time: a push and a click cannot
/// interleave their results.
/// </summary>
public sealed class InboxListing(IDbContextFactory<CrmDbContext> dbFactory)
{
    private readonly SemaphoreSlim oneAtATime = new(1, 1);
    private InboxCursor? oldestShown;

    public InboxFilter Filter { get; private set; } = InboxFilter.Open;

    /// <summary>Null until the first read.</summary>
    public IReadOnlyList<ConversationInbox.ThreadRow>? Threads { get; private set; }

    public bool HasOlder { get; private set; }

    /// <summary>Starts over with the first page of <paramref name="filter"/>.</summary>
    public Task ShowAsync(InboxFilter filter, CancellationToken cancellationToken = default) => OneAtATimeAsync(async db =>
    {
        Filter = filter;
        Take(await ConversationInbox.ListAsync(db, filter, cancellationToken: cancellationToken), head: []);
    }, cancellationToken);

    /// <summary>Re-reads what is shown (threads changed); as many threads as shown, or more when new ones came in.</summary>
    public Task RefreshAsync(CancellationToken cancellationToken = default) => OneAtATimeAsync(async db =>
    {
        var shown = oldestShown is { } through ? await ConversationInbox.ThroughAsync(db, Filter, through, cancellationToken) : null;
        // Nothing left above the place (all marked done, say): start over rather than show an empty list with older threads below.
        if (shown is null || shown.Threads.Count == 0)
            Take(await ConversationInbox.ListAsync(db, Filter, cancellationToken: cancellationToken), head: []);
        else
            (Threads, HasOlder) = (shown.Threads, shown.HasOlder);
    }, cancellationToken);

    /// <summary>Adds the next older page below what is shown (itself re-read, so nothing shown is stale or doubled).</summary>
    public Task ShowOlderAsync(CancellationToken cancellationToken = default) => OneAtATimeAsync(async db =>
    {
        if (oldestShown is not { } through) return;
        // The shown part first: a thread moving up between the two reads can then only be missed by both (and the
        // push its move sends re-reads the top), never shown twice.
        var head = await ConversationInbox.ThroughAsync(db, Filter, through, cancellationToken);
        Take(await ConversationInbox.ListAsync(db, Filter, before: through, cancellationToken: cancellationToken), head.Threads);
    }, cancellationToken);

    private void Take(ConversationInbox.InboxPage page, IReadOnlyList<ConversationInbox.ThreadRow> head)
    {
        Threads = [.. head, .. page.Threads];
        HasOlder = page.HasOlder;
        if (page.Threads.Count > 0) oldestShown = InboxCursor.Of(page.Threads[^1]);
        else if (head.Count == 0) oldestShown = null;
    }

    private async Task OneAtATimeAsync(Func<CrmDbContext, Task> read, CancellationToken cancellationToken)
    {
        await oneAtATime.WaitAsync(cancellationToken);
        try
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            await read(db);
        }
        finally
        {
            oneAtATime.Release();
        }
    }
}
