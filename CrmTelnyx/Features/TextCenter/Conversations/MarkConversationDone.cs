using System.Security.Claims;
using CrmTelnyx.Data;
using CrmTelnyx.Identity;
using CrmTelnyx.Live;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Features.TextCenter.Conversations;

/// <summary>Marks a thread done (it leaves the open list until the person texts again) or opens it again.</summary>
public sealed class MarkConversationDone(CrmDbContext db, IAuthorizationService authorization, ILiveNotifier live, TimeProvider time)
{
    /// <returns>Why nothing changed, or null.</returns>
    public async Task<string?> MarkAsync(ClaimsPrincipal user, long conversationId, bool done, CancellationToken cancellationToken = default)
    {
        if (!(await authorization.AuthorizeAsync(user, AppPolicies.TextCenter)).Succeeded) return ReplyInConversation.NotForYou;
        var thread = await db.Conversations.SingleOrDefaultAsync(c => c.Id == conversationId, cancellationToken);
        if (thread is null) return "This conversation no longer exists.";
        thread.DoneAt = done ? time.GetUtcNow() : null;
        // Done means dealt with: nothing in it is left unread.
        if (done) thread.UnreadCount = 0;
        await db.SaveChangesAsync(cancellationToken);
        await live.PublishConversationAsync(thread, newInbound: false, cancellationToken);
        return null;
    }
}
