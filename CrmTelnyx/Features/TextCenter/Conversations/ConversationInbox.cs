using CrmTelnyx.Data;
using CrmTelnyx.Features.Contacts;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Features.TextCenter.Conversations;

/// <summary>The inbox's reads: pages of threads newest first (filtered in SQL), the unread totals, one thread with its texts.</summary>
public static class ConversationInbox
{
    /// <summary>Threads per page of the list; "Show older threads" adds the next page.</summary>
    public const int PageSize = 50;
    public const int ThreadLimit = 500;

    public sealed record ThreadRow(long Id, string Phone, string? ContactName, DateTimeOffset LastMessageAt, string? Preview,
        MessageDirection LastDirection, int UnreadCount, string? AssignedTo, bool Done);

    public sealed record ThreadDetail(long Id, string Phone, string CompanyNumber, long? ContactId, string? ContactName, bool ContactsVisible,
        ConsentStatus Consent, bool OptedOut, string? AssignedUserId, DateTimeOffset? DoneAt, int UnreadCount, IReadOnlyList<ThreadMessage> Messages);

    public sealed record ThreadMessage(long Id, MessageDirection Direction, string? Text, string Status, string? ErrorDetail, DateTimeOffset CreatedAt, bool FromBlast,
        string[]? MediaUrls = null);

    public sealed record Assignee(string Id, string Name);

    /// <param name="HasOlder">Whether threads older than the last row match too (the list offers "Show older threads").</param>
    public sealed record InboxPage(IReadOnlyList<ThreadRow> Threads, bool HasOlder);

    /// <summary>
    /// One page of the threads <paramref name="filter"/> matches, newest first, older than <paramref name="before"/>
    /// when given (keyset paging: the next page costs the same however far down the list is).
    /// </summary>
    public static async Task<InboxPage> ListAsync(CrmDbContext db, InboxFilter filter, InboxCursor? before = null, int pageSize = PageSize,
        CancellationToken cancellationToken = default)
    {
        var threads = filter.Apply(db);
        if (before is { } c) threads = threads.Where(x => x.LastMessageAt < c.LastMessageAt || (x.LastMessageAt == c.LastMessageAt && x.Id < c.Id));
        // One row more than the page says whether there are older ones, without counting them.
        var rows = await Rows(db, threads).Take(pageSize + 1).ToListAsync(cancellationToken);
        return rows.Count > pageSize ? new InboxPage(rows[..pageSize], HasOlder: true) : new InboxPage(rows, HasOlder: false);
    }

    /// <summary>
    /// Every thread <paramref name="filter"/> matches from the newest down to <paramref name="through"/> (the oldest a page
    /// shows), re-read when threads change: a thread that moved up since is in it once, at its new place.
    /// </summary>
    public static async Task<InboxPage> ThroughAsync(CrmDbContext db, InboxFilter filter, InboxCursor through, CancellationToken cancellationToken = default)
    {
        var threads = filter.Apply(db);
        var rows = await Rows(db, threads.Where(x => x.LastMessageAt > through.LastMessageAt || (x.LastMessageAt == through.LastMessageAt && x.Id >= through.Id)))
            .ToListAsync(cancellationToken);
        var older = await threads.AnyAsync(x => x.LastMessageAt < through.LastMessageAt || (x.LastMessageAt == through.LastMessageAt && x.Id < through.Id),
            cancellationToken);
        return new InboxPage(rows, older);
    }

    /// <summary>How many threads have texts nobody has read, for the app bar's badge: one COUNT over the threads table.</summary>
    public static Task<int> ThreadsWithUnreadAsync(CrmDbContext db, CancellationToken cancellationToken = default) =>
        db.Conversations.CountAsync(c => c.UnreadCount > 0, cancellationToken);

    private static IQueryable<ThreadRow> Rows(CrmDbContext db, IQueryable<Conversation> threads) =>
        from c in threads.AsNoTracking()
        orderby c.LastMessageAt descending, c.Id descending
        let contact = db.Contacts.FirstOrDefault(x => x.Id == c.ContactId && x.DeletedAt == null)
        let assignee = db.Users.FirstOrDefault(u => u.Id == c.AssignedUserId)
        select new ThreadRow(c.Id, c.Phone, contact == null ? null : (contact.FirstName + " " + contact.LastName).Trim(), c.LastMessageAt,
            c.LastMessagePreview, c.LastDirection, c.UnreadCount,
            assignee == null ? null : (assignee.DisplayName != "" ? assignee.DisplayName : assignee.Email), c.DoneAt != null);

    /// <summary>Unread texts over all threads (a done thread has none: a new text reopens it).</summary>
    public static Task<int> UnreadAsync(CrmDbContext db, CancellationToken cancellationToken = default) =>
        db.Conversations.SumAsync(c => c.UnreadCount, cancellationToken);

    /// <param name="contactsVisible">Whether the user may open the contact (agents may not): the link is shown only then.</param>
    public static async Task<ThreadDetail?> ThreadAsync(CrmDbContext db, long id, bool contactsVisible, CancellationToken cancellationToken = default)
    {
        var thread = await db.Conversations.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (thread is null) return null;
        var contact = await db.Contacts.AsNoTracking().Where(c => c.Phone == thread.Phone && c.DeletedAt == null)
            .Select(c => new { c.Id, c.FirstName, c.LastName, c.Consent }).FirstOrDefaultAsync(cancellationToken);
        var optedOut = contact?.Consent == ConsentStatus.OptedOut || await db.PhoneOptOuts.AnyAsync(o => o.Phone == thread.Phone, cancellationToken);
        // Every text with the number, both ways and from blasts too: the thread is the person's whole history with us.
        var messages = await db.Messages.AsNoTracking()
            .Where(m => (m.Direction == MessageDirection.Inbound && m.From == thread.Phone) || (m.Direction == MessageDirection.Outbound && m.To == thread.Phone))
            .Where(m => m.Status != MessageStatuses.Pending && m.Status != MessageStatuses.Cancelled)
            .OrderByDescending(m => m.CreatedAt).ThenByDescending(m => m.Id).Take(ThreadLimit)
            .Select(m => new ThreadMessage(m.Id, m.Direction, m.Text, m.Status, m.ErrorDetail, m.CreatedAt, m.BlastId != null, m.MediaUrls))
            .ToListAsync(cancellationToken);
        messages.Reverse();
        var name = contact is null ? null : $"{contact.FirstName} {contact.LastName}".Trim();
        return new ThreadDetail(thread.Id, thread.Phone, thread.CompanyNumber, contact?.Id, string.IsNullOrEmpty(name) ? null : name, contactsVisible,
            optedOut ? ConsentStatus.OptedOut : contact?.Consent ?? ConsentStatus.Unknown, optedOut, thread.AssignedUserId, thread.DoneAt,
            thread.UnreadCount, messages);
    }

    /// <summary>Who a thread can be given to: every enabled user (all roles use the Text Center).</summary>
    public static async Task<IReadOnlyList<Assignee>> AssigneesAsync(CrmDbContext db, CancellationToken cancellationToken = default) =>
        (await db.Users.AsNoTracking().Where(u => !u.IsDisabled).Select(u => new { u.Id, u.DisplayName, u.Email }).ToListAsync(cancellationToken))
            .Select(u => new Assignee(u.Id, string.IsNullOrWhiteSpace(u.DisplayName) ? u.Email ?? u.Id : u.DisplayName))
            .OrderBy(u => u.Name, StringComparer.OrdinalIgnoreCase).ToList();
}
