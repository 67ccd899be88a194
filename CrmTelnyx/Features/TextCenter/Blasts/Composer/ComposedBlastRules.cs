using System.Text.Json;
using CrmTelnyx.Data;
using CrmTelnyx.Features.Contacts;
using CrmTelnyx.Features.TextCenter.Compose;
using CrmTelnyx.Phones;
using CrmTelnyx.Validation;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Features.TextCenter.Blasts.Composer;

/// <summary>
/// What a composed blast must satisfy to be stored (a draft may be unfinished; a send may not), shared by
/// <see cref="CreateBlast"/> (a new row) and <see cref="UpdateDraft"/> (a reopened draft's row).
/// </summary>
public static class ComposedBlastRules
{
    public static async Task<(List<string> Errors, List<string> Senders)> CheckAsync(
        CrmDbContext db, BlastDraft draft, CreateBlast.When when, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var errors = new List<string>();
        var name = draft.Name.Trim();
        if (name.Length > BlastLimits.NameLength) errors.Add($"Name: {LengthLimit.AtMost(BlastLimits.NameLength)}");
        if (string.IsNullOrWhiteSpace(draft.Text)) errors.Add("Write the message.");
        else if (draft.Text.Length > BlastLimits.TextLength) errors.Add($"Message: {LengthLimit.AtMost(BlastLimits.TextLength)}");
        errors.AddRange(MergeTemplate.Parse(draft.Text).Errors);
        if (MediaUrlProblem(draft.MediaUrl) is { } media) errors.Add(media);

        var senders = draft.Senders.Distinct().ToList();
        var usable = await db.CompanyNumbers.AsNoTracking().Where(n => senders.Contains(n.PhoneNumber) && n.ReleasedAt == null).ToListAsync(cancellationToken);
        foreach (var sender in senders.Where(s => usable.FirstOrDefault(n => n.PhoneNumber == s) is not { CanSendBlasts: true }))
            errors.Add(usable.FirstOrDefault(n => n.PhoneNumber == sender) switch
            {
                { Carriers.TenDlcReady: false } => $"{PhoneNumberNormalizer.Format(sender)} is not on an active 10DLC campaign, so carriers would refuse its texts; assign it to a campaign in Numbers, or choose another.",
                { Carriers.TollFreeVerified: false } n => $"{PhoneNumberNormalizer.Format(sender)} is a toll-free number not verified yet ({n.TollFreeVerificationStatus ?? "no verification found"}), so carriers would refuse its texts; choose another.",
                _ => $"{PhoneNumberNormalizer.Format(sender)} cannot send blasts now (released, paused, or blasts turned off for it); choose another.",
            });

        var audience = await AudienceCount.ForAsync(db, draft.Audience, cancellationToken);
        if (audience.Error is not null) errors.Add(audience.Error);
        if (when != CreateBlast.When.Draft)
        {
            if (senders.Count == 0) errors.Add("Choose at least one number to send from.");
            if (audience.Error is null && audience.Recipients == 0) errors.Add("Nobody in this audience can be texted.");
            if (when == CreateBlast.When.Later && draft.ScheduledFor is null) errors.Add("Choose the date and time to send it.");
            else if (when == CreateBlast.When.Later && draft.ScheduledFor <= now) errors.Add("The time to send it has passed; choose a later one.");
        }
        return (errors, senders);
    }

    /// <summary>What a checked composition stores on its Blast row, written the same way for a new row and a reopened draft.</summary>
    public sealed record Stored(
        string Name, BlastStatus Status, string Text, string? MediaUrl, bool IsMarketing, string AudienceJson, string AudienceDescription,
        RotationMode Rotation, string SendersJson, DateTimeOffset? ScheduledFor);

    /// <param name="senders">The senders <see cref="CheckAsync"/> returned (distinct).</param>
    public static async Task<Stored> StoredAsync(
        CrmDbContext db, BlastDraft draft, IReadOnlyList<string> senders, CreateBlast.When when, DateTimeOffset now, CancellationToken cancellationToken) =>
        new(draft.Name.Trim() is { Length: > 0 } name ? name : $"Blast of {now:yyyy-MM-dd HH:mm} UTC",
            when == CreateBlast.When.Draft ? BlastStatus.Draft : BlastStatus.Scheduled,
            draft.Text,
            draft.IsMms ? draft.MediaUrl!.Trim() : null,
            draft.IsMarketing,
            draft.Audience.ToJson(),
            await DescribeAsync(db, draft.Audience, cancellationToken),
            draft.Rotation,
            JsonSerializer.Serialize(senders),
            when == CreateBlast.When.Now ? null : draft.ScheduledFor);

    public static string? MediaUrlProblem(string? url)
    {
        if (string.IsNullOrWhiteSpace(url)) return null;
        if (url.Trim().Length > BlastLimits.MediaUrlLength) return $"Media URL: {LengthLimit.AtMost(BlastLimits.MediaUrlLength)}";
        return MediaAttachments.IsFetchable(url.Trim()) ? null : "Media URL: an https:// address Telnyx can fetch the picture or file from.";
    }

    /// <summary>The audience in words for the blast list: "Tag VIP or Gold, in NY or NJ, opted in".</summary>
    private static async Task<string> DescribeAsync(CrmDbContext db, BlastAudience audience, CancellationToken cancellationToken)
    {
        var parts = new List<string>();
        if (audience.SavedFilterId is { } id)
            parts.Add($"Saved filter “{await db.SavedContactFilters.Where(f => f.Id == id).Select(f => f.Name).FirstOrDefaultAsync(cancellationToken)}”");
        if (audience.ContactIds.Count > 0) parts.Add(audience.ContactIds.Count == 1 ? "1 picked contact" : $"{audience.ContactIds.Count:N0} picked contacts");
        if (audience.Tags.Count > 0) parts.Add((audience.Tags.Count == 1 ? "Tag " : "Tags ") + string.Join(" or ", audience.Tags));
        if (audience.States.Count > 0) parts.Add("in " + string.Join(" or ", audience.States));
        if (audience.Consent is { } consent) parts.Add(consent switch
        {
            ConsentStatus.OptedIn => "opted in",
            ConsentStatus.OptedOut => "opted out",
            _ => "consent unknown",
        });
        return parts.Count == 0 ? "Everyone" : string.Join(", ", parts);
    }
}
