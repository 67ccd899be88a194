using System.Security.Claims;
using CrmTelnyx.Data;
using CrmTelnyx.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Features.TextCenter.Blasts.Composer;

/// <summary>
/// Saves a reopened draft into its own row, or turns that row into the blast (Scheduled, for the scheduler to start) —
/// never a second row. Only while the row is still the draft as opened (<see cref="DraftStamp"/>): a draft sent,
/// deleted or changed by someone else meanwhile is left as it is and the refusal says which.
/// </summary>
public sealed class UpdateDraft(CrmDbContext db, TimeProvider time, IAuthorizationService authorization, BlastActivity activity)
{
    /// <param name="Stale">Refused because the row is no longer the draft as opened: nothing the page can fix but reopening.</param>
    public sealed record Result(bool Done, IReadOnlyList<string> Errors, bool Stale = false);

    public async Task<Result> RunAsync(ClaimsPrincipal user, long id, DraftStamp seen, BlastDraft draft, CreateBlast.When when,
        CancellationToken cancellationToken = default)
    {
        if (!(await authorization.AuthorizeAsync(user, AppPolicies.Blasts)).Succeeded) return new(false, [CreateBlast.NotAllowed]);
        var now = time.GetUtcNow();
        var (errors, senders) = await ComposedBlastRules.CheckAsync(db, draft, when, now, cancellationToken);
        if (errors.Count > 0) return new(false, errors);

        var actor = user.Identity?.Name ?? "someone";
        var action = when switch
        {
            CreateBlast.When.Draft => $"Draft saved by {actor} at {now:yyyy-MM-dd HH:mm:ss} UTC",
            CreateBlast.When.Now => $"Sent by {actor} at {now:yyyy-MM-dd HH:mm} UTC",
            _ => $"Scheduled by {actor} at {now:yyyy-MM-dd HH:mm} UTC",
        };
        var stored = await ComposedBlastRules.StoredAsync(db, draft, senders, when, now, cancellationToken);
        var updated = await db.Blasts.Where(seen.Unchanged(id)).ExecuteUpdateAsync(u => u
            .SetProperty(b => b.Name, stored.Name).SetProperty(b => b.Status, stored.Status).SetProperty(b => b.Text, stored.Text)
            .SetProperty(b => b.MediaUrl, stored.MediaUrl).SetProperty(b => b.IsMarketing, stored.IsMarketing)
            .SetProperty(b => b.AudienceJson, stored.AudienceJson).SetProperty(b => b.AudienceDescription, stored.AudienceDescription)
            .SetProperty(b => b.Rotation, stored.Rotation).SetProperty(b => b.SendersJson, stored.SendersJson)
            .SetProperty(b => b.ScheduledFor, stored.ScheduledFor).SetProperty(b => b.LastAction, action), cancellationToken);
        if (updated == 0)
            return new(false, [await DraftStamp.WhyRefusedAsync(db, id, when == CreateBlast.When.Draft ? "your changes were not saved" : "nothing was sent", cancellationToken)], Stale: true);
        activity.Changed(id);
        return new(true, []);
    }
}
