using System.Security.Claims;
using CrmTelnyx.Data;
using CrmTelnyx.Identity;
using CrmTelnyx.Live;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Features.TextCenter.Conversations;

/// <summary>Gives a thread to a user (or to nobody), so the team sees who answers it.</summary>
public sealed class AssignConversation(CrmDbContext db, IAuthorizationService authorization, ILiveNotifier live)
{
    /// <param name="userId">The user to assign, or null for unassigned.</param>
    /// <returns>Why it was not assigned, or null.</returns>
    public async Task<string?> AssignAsync(ClaimsPrincipal user, long conversationId, string? userId, CancellationToken cancellationToken = default)
    {
        if (!(await authorization.AuthorizeAsync(user, AppPolicies.TextCenter)).Succeeded) return ReplyInConversation.NotForYou;
        if (userId is not null && !await db.Users.AnyAsync(u => u.Id == userId && !u.IsDisabled, cancellationToken))
            return "That user does not exist or is disabled.";
        var thread = await db.Conversations.SingleOrDefaultAsync(c => c.Id == conversationId, cancellationToken);
        if (thread is null) return "This conversation no longer exists.";
        thread.AssignedUserId = userId;
        await db.SaveChangesAsync(cancellationToken);
        await live.PublishConversationAsync(thread, newInbound: false, cancellationToken);
        return null;
    }
}
