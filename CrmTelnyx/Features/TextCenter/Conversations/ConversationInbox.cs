using CrmTelnyx.Data;
using CrmTelnyx.Features.Contacts;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Features.TextCenter.Conversations;

/// <summary>Which threads the inbox lists.</summary>
public enum ConversationState
{
    Open,
    Done,
    All,
}

public enum ConversationOwner
{
    Anyone,
    Mine,
    Unassigned,
}

/// <summary>The inbox's reads: threads newest first (filtered in SQL), the unread total for the title, one thread with its texts.</summary>
public static class ConversationInbox
{
    public const int ListLimit = 200;
    public const int ThreadLimit = 500;

    public sealed record ThreadRow(long Id, string Phone, string? ContactName, DateTimeOffset LastMessageAt, string? Preview,
        MessageDirection LastDirection, int UnreadCount, string? AssignedTo, bool Done);

    public sealed record ThreadDetail(long Id, string Phone, string CompanyNumber, long? ContactId, string? ContactName, bool ContactsVisible,
        ConsentStatus Consent, bool OptedOut, string? AssignedUserId, DateTimeOffset? DoneAt, int UnreadCount, IReadOnlyList<ThreadMessage> Messages);

    public sealed record ThreadMessage(long Id, MessageDirection Direction, string? Text, string Status, string? ErrorDetail, DateTimeOffset CreatedAt, bool FromBlast);

    public sealed record Assignee(string Id, string Name);

    public static async Task<IReadOnlyList<ThreadRow>> ListAsync(CrmDbContext db, ConversationState state, ConversationOwner owner, string? userId,
        CancellationToken cancellationToken = default)
    {
        var threads = db.Conversations.AsNoTracking();
        threads = state switch
        {
            ConversationState.Open => threads.Where(c => c.DoneAt == null),
            ConversationState.Done => threads.Where(c => c.DoneAt != null),
            _ => threads,
        };
        threads = owner switch
        {
            ConversationOwner.Mine => threads.Where(c => c.AssignedUserId == userId),
            ConversationOwner.Unassigned => threads.Where(c => c.AssignedUserId == null),
            _ => threads,
        };
        return await (
            from c in threads
            orderby c.LastMessageAt descending, c.Id descending
            let contact = db.Contacts.FirstOrDefault(x => x.Id == c.ContactId && x.DeletedAt == null)
            let assignee = db.Users.FirstOrDefault(u => u.Id == c.AssignedUserId)
            select new ThreadRow(c.Id, c.Phone, contact == null ? null : (contact.FirstName + " " + contact.LastName).Trim(), c.LastMessageAt,
                c.LastMessagePreview, c.LastDirection, c.UnreadCount,
                assignee == null ? null : (assignee.DisplayName != "" ? assignee.DisplayName : assignee.Email), c.DoneAt != null))
            .Take(ListLimit).ToListAsync(cancellationToken);
    }

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
            .Select(m => new ThreadMessage(m.Id, m.Direction, m.Text, m.Status, m.ErrorDetail, m.CreatedAt, m.BlastId != null))
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
