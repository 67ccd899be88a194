using System.Security.Claims;
using CrmTelnyx.Data;
using CrmTelnyx.Features.TextCenter.Compose;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Features.TextCenter.Blasts.Composer;

/// <summary>
/// Texts the blast to one's own phone first, rendered for a sample recipient (the audience's first), footer and all,
/// with the draft's picture or file as an MMS when it has one, through <see cref="SendSingleText"/>: the same opt-out
/// check and the same record-first send as any single text.
/// </summary>
public sealed class SendTestText(CrmDbContext db, SendSingleText send)
{
    /// <param name="MediaUrl">The picture or file that went with the text, if the draft has one.</param>
    public sealed record Result(string? SentText, string? SampleName, string? Error, string? MediaUrl = null)
    {
        /// <summary>What the composer says of the test: what was sent (and as whom), or why not.</summary>
        public string Outcome => Error
            ?? $"Sent{(SampleName is { } sample ? $" as {sample} would get it" : "")}"
            + $"{(MediaUrl is { } media ? $", as an MMS with {MediaAttachments.FileName(media)}" : "")}: “{SentText}”";
    }

    public async Task<Result> SendAsync(ClaimsPrincipal user, BlastDraft draft, string to, CancellationToken cancellationToken = default)
    {
        if (draft.Senders.Count == 0) return new(null, null, "Choose a number to send from first.");
        if (string.IsNullOrWhiteSpace(draft.Text)) return new(null, null, "Write the message first.");
        var template = MergeTemplate.Parse(draft.Text);
        if (template.Errors is [var mergeError, ..]) return new(null, null, mergeError);
        if (ComposedBlastRules.MediaUrlProblem(draft.MediaUrl) is { } mediaError) return new(null, null, mediaError);
        var media = draft.IsMms ? draft.MediaUrl!.Trim() : null;

        var query = await AudienceQuery.ForAsync(db, draft.Audience, cancellationToken);
        var sample = query.Contacts is { } contacts
            ? await AudienceCount.Deliverable(db, contacts).AsNoTracking().OrderBy(c => c.Id).FirstOrDefaultAsync(cancellationToken)
            : null;
        var rendered = template.Render(sample is null ? new Dictionary<string, string?>() : MergeFields.Of(sample)).Text;
        var text = draft.IsMarketing ? OptOutFooter.AddTo(rendered) : rendered;
        var sent = await send.SendAsync(user, draft.Senders[0], to, text, mediaUrls: media is null ? null : [media], cancellationToken: cancellationToken);
        return sent.Error is null ? new(text, sample?.DisplayName, null, media) : new(null, sample?.DisplayName, sent.Error);
    }
}
