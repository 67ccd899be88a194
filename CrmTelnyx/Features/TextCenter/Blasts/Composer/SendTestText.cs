using System.Security.Claims;
using CrmTelnyx.Data;
using CrmTelnyx.Features.TextCenter.Compose;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Features.TextCenter.Blasts.Composer;

/// <summary>
/// Texts the blast to one's own phone first, rendered for a sample recipient (the audience's first), footer and all,
/// through <see cref="SendSingleText"/>: the same opt-out check and the same record-first send as any single text.
/// </summary>
public sealed class SendTestText(CrmDbContext db, SendSingleText send)
{
    public sealed record Result(string? SentText, string? SampleName, string? Error);

    public async Task<Result> SendAsync(ClaimsPrincipal user, BlastDraft draft, string to, CancellationToken cancellationToken = default)
    {
        if (draft.Senders.Count == 0) return new(null, null, "Choose a number to send from first.");
        if (string.IsNullOrWhiteSpace(draft.Text)) return new(null, null, "Write the message first.");
        var template = MergeTemplate.Parse(draft.Text);
        if (template.Errors is [var mergeError, ..]) return new(null, null, mergeError);

        var query = await AudienceQuery.ForAsync(db, draft.Audience, cancellationToken);
        var sample = query.Contacts is { } contacts
            ? await AudienceCount.Deliverable(db, contacts).AsNoTracking().OrderBy(c => c.Id).FirstOrDefaultAsync(cancellationToken)
            : null;
        var rendered = template.Render(sample is null ? new Dictionary<string, string?>() : MergeFields.Of(sample)).Text;
        var text = draft.IsMarketing ? OptOutFooter.AddTo(rendered) : rendered;
        var sent = await send.SendAsync(user, draft.Senders[0], to, text, cancellationToken: cancellationToken);
        return new(sent.Error is null ? text : null, sample?.DisplayName, sent.Error);
    }
}
