using System.Security.Claims;
using System.Text.Json;
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

        var blast = new Blast
        {
            Name = ComposedBlastRules.NameOf(draft, now),
            Status = when == When.Draft ? BlastStatus.Draft : BlastStatus.Scheduled,
            Text = draft.Text,
            MediaUrl = draft.IsMms ? draft.MediaUrl!.Trim() : null,
            IsMarketing = draft.IsMarketing,
            AudienceJson = draft.Audience.ToJson(),
            AudienceDescription = await ComposedBlastRules.DescribeAsync(db, draft.Audience, cancellationToken),
            Rotation = draft.Rotation,
            SendersJson = JsonSerializer.Serialize(senders),
            ScheduledFor = when == When.Now ? null : draft.ScheduledFor,
            CreatedByUserId = user.FindFirstValue(ClaimTypes.NameIdentifier),
            CreatedBy = user.Identity?.Name,
            CreatedAt = now,
        };
        db.Blasts.Add(blast);
        await db.SaveChangesAsync(cancellationToken);
        activity.Changed(blast.Id);
        return new(blast.Id, []);
    }

    public static string? MediaUrlProblem(string? url) => ComposedBlastRules.MediaUrlProblem(url);
}
