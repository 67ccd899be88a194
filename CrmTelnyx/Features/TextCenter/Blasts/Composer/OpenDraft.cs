using System.Text.Json;
using CrmTelnyx.Data;
using CrmTelnyx.Features.TextCenter.Blasts.Progress;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Features.TextCenter.Blasts.Composer;

/// <summary>A saved draft, read back into what the composer collects, with the stamp its later save or delete is checked against.</summary>
public sealed class OpenDraft(CrmDbContext db)
{
    /// <param name="Error">Why it cannot be opened, in words; then the other fields are null.</param>
    public sealed record Result(BlastDraft? Draft, DraftStamp? Stamp, string? Error);

    public async Task<Result> OpenAsync(long id, CancellationToken cancellationToken = default)
    {
        var blast = await db.Blasts.AsNoTracking().SingleOrDefaultAsync(b => b.Id == id, cancellationToken);
        if (blast is null) return new(null, null, $"There is no draft {id}: it may have been deleted.");
        if (blast.Status != BlastStatus.Draft)
            return new(null, null, $"“{blast.Name}” is no longer a draft (it is {BlastStatusText.Of(blast.Status).ToLowerInvariant()}), so it cannot be edited.");
        var draft = new BlastDraft
        {
            Name = blast.Name,
            Text = blast.Text,
            MediaUrl = blast.MediaUrl,
            IsMarketing = blast.IsMarketing,
            Audience = BlastAudience.FromJson(blast.AudienceJson),
            Senders = JsonSerializer.Deserialize<List<string>>(blast.SendersJson) ?? [],
            Rotation = blast.Rotation,
            ScheduledFor = blast.ScheduledFor,
        };
        return new(draft, DraftStamp.Of(blast), null);
    }
}
