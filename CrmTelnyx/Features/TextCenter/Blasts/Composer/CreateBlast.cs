using System.Security.Claims;
using CrmTelnyx.Data;
using CrmTelnyx.Identity;
using Microsoft.AspNetCore.Authorization;

namespace CrmTelnyx.Features.TextCenter.Blasts.Composer;

/// <summary>
/// Stores a composed blast: as a draft, or Scheduled (ScheduledFor null = now) for the blast scheduler to start. Only a
/// row is written here, so a restart loses nothing; the scheduler makes the message rows when its time comes.
/// </summary>
public sealed class CreateBlast(CrmDbContext db, TimeProvider time, IAuthorizationService authorization, BlastActivity activity)
{
    public enum When
    {
        /// <summary>Saved; nothing is sent.</summary>
        Draft,
        Now,
        /// <summary>At <see cref="BlastDraft.ScheduledFor"/>.</summary>
        Later,
    }

    public sealed record Result(long? BlastId, IReadOnlyList<string> Errors);

    public const string NotAllowed = "Blasts are for admins, managers and staff.";

    public async Task<Result> RunAsync(ClaimsPrincipal user, BlastDraft draft, When when, CancellationToken cancellationToken = default)
    {
        if (!(await authorization.AuthorizeAsync(user, AppPolicies.Blasts)).Succeeded) return new(null, [NotAllowed]);
        var now = time.GetUtcNow();
        var (errors, senders) = await ComposedBlastRules.CheckAsync(db, draft, when, now, cancellationToken);
        if (errors.Count > 0) return new(null, errors);

        var stored = await ComposedBlastRules.StoredAsync(db, draft, senders, when, now, cancellationToken);
        var blast = new Blast
        {
            Name = stored.Name,
            Status = stored.Status,
            Text = stored.Text,
            MediaUrl = stored.MediaUrl,
            IsMarketing = stored.IsMarketing,
            AudienceJson = stored.AudienceJson,
            AudienceDescription = stored.AudienceDescription,
            Rotation = stored.Rotation,
            SendersJson = stored.SendersJson,
            ScheduledFor = stored.ScheduledFor,
            CreatedByUserId = user.FindFirstValue(ClaimTypes.NameIdentifier),
            CreatedBy = user.Identity?.Name,
            CreatedAt = now,
        };
        db.Blasts.Add(blast);
        await db.SaveChangesAsync(cancellationToken);
        activity.Changed(blast.Id);
        return new(blast.Id, []);
    }
}
