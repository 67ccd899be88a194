using System.Linq.Expressions;
using CrmTelnyx.Data;
using CrmTelnyx.Features.TextCenter.Blasts.Progress;
using CrmTelnyx.Features.TextCenter.Compose;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Features.TextCenter.Blasts.Composer;

/// <summary>
/// A draft as it was stored when the composer opened it. Blast has no version column, so the stored fields themselves
/// are the concurrency token: an update or delete applies only while the row still holds exactly these (and is still a
/// draft); a save by someone else also rewrites <see cref="LastAction"/>, so even the same text saved again counts.
/// </summary>
public sealed record DraftStamp(
    string Name, string Text, string? MediaUrl, bool IsMarketing, string AudienceJson, RotationMode Rotation, string SendersJson,
    DateTimeOffset? ScheduledFor, string? LastAction)
{
    public static DraftStamp Of(Blast b) =>
        new(b.Name, b.Text, b.MediaUrl, b.IsMarketing, b.AudienceJson, b.Rotation, b.SendersJson, b.ScheduledFor, b.LastAction);

    /// <summary>The row <paramref name="id"/>, still a draft and unchanged since this stamp was taken (one SQL condition).</summary>
    public Expression<Func<Blast, bool>> Unchanged(long id)
    {
        var s = this;
        return b => b.Id == id && b.Status == BlastStatus.Draft && b.Name == s.Name && b.Text == s.Text && b.MediaUrl == s.MediaUrl
            && b.IsMarketing == s.IsMarketing && b.AudienceJson == s.AudienceJson && b.Rotation == s.Rotation && b.SendersJson == s.SendersJson
            && b.ScheduledFor == s.ScheduledFor && b.LastAction == s.LastAction;
    }

    /// <summary>Why a conditional change of draft <paramref name="id"/> touched nothing, in words; <paramref name="nothing"/> says what was not done.</summary>
    public static async Task<string> WhyRefusedAsync(CrmDbContext db, long id, string nothing, CancellationToken cancellationToken)
    {
        var now = await db.Blasts.AsNoTracking().Where(b => b.Id == id).Select(b => new { b.Status, b.ScheduledFor, b.LastAction }).SingleOrDefaultAsync(cancellationToken);
        var by = now?.LastAction is { Length: > 0 } action ? $" ({action})" : "";
        return now switch
        {
            null => $"This draft was deleted meanwhile; {nothing}.",
            { Status: BlastStatus.Draft } => $"Someone changed this draft since you opened it{by}; {nothing}. Open it again to see their version.",
            { Status: BlastStatus.Scheduled, ScheduledFor: not null } => $"This draft was scheduled meanwhile{by}; {nothing}.",
            { Status: BlastStatus.Cancelled } => $"This draft was cancelled meanwhile{by}; {nothing}.",
            _ => $"This draft was already sent{by} and is now {BlastStatusText.Of(now.Status).ToLowerInvariant()}; {nothing}.",
        };
    }
}
