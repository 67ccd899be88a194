using System.Linq.Expressions;
using CrmTelnyx.Data;
using CrmTelnyx.Features.Contacts;
using CrmTelnyx.Features.TextCenter.Compose;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace CrmTelnyx.Features.TextCenter.Blasts.Composer;

/// <summary>
/// What the pre-send check needs to know about an audience, read in a few grouped queries: the counts, the recipients
/// per area code and state (quiet hours are alike within one), each merge field's longest value, and a value of a field
/// that forces UCS-2. Kept a few seconds per audience and composer, so typing the message does not count 100,000 contacts again.
/// </summary>
public sealed class AudienceProfile(CrmDbContext db, IMemoryCache cache)
{
    public static readonly TimeSpan KeptFor = TimeSpan.FromSeconds(15);

    /// <param name="SamplePhone">A number in the group's area code: quiet hours read only the area code (and the state).</param>
    public sealed record Group(string SamplePhone, string? State, int Recipients);

    /// <param name="LongestByField">Each merge field's longest length among the recipients.</param>
    public sealed record Facts(AudienceCount.Result Count, IReadOnlyList<Group> Groups, IReadOnlyDictionary<string, int> LongestByField);

    private static readonly Dictionary<string, Expression<Func<Contact, string?>>> Columns = new()
    {
        [MergeFields.FirstName] = c => c.FirstName,
        [MergeFields.LastName] = c => c.LastName,
        [MergeFields.Company] = c => c.Company,
        [MergeFields.State] = c => c.State,
    };

    // A character outside printable ASCII and the GSM-7 letters: such a value makes the whole text UCS-2.
    private const string OutsideGsm7 = "*[^ -~£¥èéùìòÇØøÅåΔΦΓΛΩΠΨΣΘΞÆæßÉ¡ÄÖÑÜ§¿äöñüà€¤]*";

    /// <param name="composerId">Whose figures these are: each open composer counts for itself (see <see cref="BlastDraft.ComposerId"/>).</param>
    public async Task<Facts> ForAsync(BlastAudience audience, Guid composerId, CancellationToken cancellationToken = default) =>
        (await cache.GetOrCreateAsync(("blast-audience", composerId, audience.ToJson()), async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = KeptFor;
            return await LoadAsync(audience, cancellationToken);
        }))!;

    /// <summary>A recipient's value of <paramref name="field"/> with a character outside GSM-7, if any has one.</summary>
    public async Task<string?> UnicodeValueAsync(BlastAudience audience, Guid composerId, string field, CancellationToken cancellationToken = default) =>
        await cache.GetOrCreateAsync(("blast-audience-unicode", composerId, audience.ToJson(), field), async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = KeptFor;
            if ((await AudienceQuery.ForAsync(db, audience, cancellationToken)).Contacts is not { } contacts) return null;
            var candidates = await AudienceCount.Deliverable(db, contacts).Select(Columns[field])
                .Where(v => v != null && EF.Functions.Glob(v, OutsideGsm7)).Take(20).ToListAsync(cancellationToken);
            return candidates.FirstOrDefault(v => v!.Any(ch => !SegmentCounter.IsGsm7(ch)));
        });

    private async Task<Facts> LoadAsync(BlastAudience audience, CancellationToken cancellationToken)
    {
        var count = await AudienceCount.ForAsync(db, audience, cancellationToken);
        var query = await AudienceQuery.ForAsync(db, audience, cancellationToken);
        if (query.Contacts is not { } contacts || count.Recipients == 0) return new Facts(count, [], new Dictionary<string, int>());

        var rows = await AudienceCount.Deliverable(db, contacts)
            .GroupBy(c => new { Prefix = c.Phone.Substring(0, 5), c.State })
            .Select(g => new
            {
                g.Key.Prefix, g.Key.State,
                Phones = g.Select(c => c.Phone).Distinct().Count(),
                First = g.Max(c => c.FirstName.Length),
                Last = g.Max(c => c.LastName.Length),
                Company = g.Max(c => c.Company == null ? 0 : c.Company.Length),
                StateLength = g.Max(c => c.State == null ? 0 : c.State.Length),
            })
            .ToListAsync(cancellationToken);
        var groups = rows.Select(r => new Group(r.Prefix.StartsWith("+1") ? r.Prefix + "5550100" : r.Prefix, r.State, r.Phones)).ToList();
        var longest = new Dictionary<string, int>
        {
            [MergeFields.FirstName] = rows.Max(r => r.First),
            [MergeFields.LastName] = rows.Max(r => r.Last),
            [MergeFields.Company] = rows.Max(r => r.Company),
            [MergeFields.State] = rows.Max(r => r.StateLength),
        };
        return new Facts(count, groups, longest);
    }
}
