using CrmTelnyx.Data;
using CrmTelnyx.Live;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Features.TextCenter.Conversations;

/// <summary>A thread opened in the inbox has been read: its unread count goes to zero in every open inbox.</summary>
public sealed class MarkConversationRead(CrmDbContext db, ILiveNotifier live)
{
    public async Task MarkAsync(long conversationId, CancellationToken cancellationToken = default)
    {
        var thread = await db.Conversations.SingleOrDefaultAsync(c => c.Id == conversationId, cancellationToken);
        if (thread is not { UnreadCount: > 0 }) return;
        thread.UnreadCount = 0;
        await db.SaveChangesAsync(cancellationToken);
        await live.PublishConversationAsync(thread, newInbound: false, cancellationToken);
    }
}
