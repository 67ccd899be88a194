using CrmTelnyx.Data;
using CrmTelnyx.Features.TextCenter.Blasts;
using CrmTelnyx.Features.TextCenter.Blasts.Composer;
using CrmTelnyx.Features.TextCenter.Compose;
using CrmTelnyx.Validation;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Features.TextCenter.Templates;

/// <summary>Saves a message text under a name; saving under a name that exists replaces that template's text.</summary>
public sealed class SaveMessageTemplate(CrmDbContext db, TimeProvider time)
{
    public const int NameLength = 100;

    public sealed record Result(MessageTemplate? Template, string? Error);

    public async Task<Result> SaveAsync(string name, string text, string? mediaUrl, string actor, CancellationToken cancellationToken = default)
    {
        name = name.Trim();
        if (name.Length == 0) return new(null, "Name the template.");
        if (name.Length > NameLength) return new(null, $"Name: {LengthLimit.AtMost(NameLength)}");
        if (string.IsNullOrWhiteSpace(text)) return new(null, "Write the message first.");
        if (text.Length > BlastLimits.TextLength) return new(null, $"Message: {LengthLimit.AtMost(BlastLimits.TextLength)}");
        if (MergeTemplate.Parse(text).Errors is [var mergeError, ..]) return new(null, mergeError);
        if (ComposedBlastRules.MediaUrlProblem(mediaUrl) is { } media) return new(null, media);

        var now = time.GetUtcNow();
        var template = await db.MessageTemplates.SingleOrDefaultAsync(t => t.Name == name, cancellationToken);
        if (template is null)
        {
            template = new MessageTemplate { Name = name, Text = text, CreatedBy = actor, CreatedAt = now };
            db.MessageTemplates.Add(template);
        }
        else
        {
            template.Text = text;
            template.UpdatedAt = now;
        }
        template.MediaUrl = string.IsNullOrWhiteSpace(mediaUrl) ? null : mediaUrl.Trim();
        await db.SaveChangesAsync(cancellationToken);
        return new(template, null);
    }
}
