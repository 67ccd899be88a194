using CrmTelnyx.Data;
using CrmTelnyx.Features.Contacts.Search;
using CrmTelnyx.Phones;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Features.Contacts;

/// <summary>
/// The contact list's filter (search, tag, state, consent) and sort, as carried in the query string of the page and
/// of the export link; also the "selection" bulk tagging acts on.
/// </summary>
public sealed record ContactQuery(string? Q = null, string? Tag = null, string? State = null, string? Consent = null, string? Sort = null)
{
    public const int PageSize = 50;

    public const string ByName = "name";
    public const string ByNameDescending = "name-desc";
    public const string Newest = "newest";
    public const string Oldest = "oldest";

    public string SortOrDefault => Sort is ByNameDescending or Newest or Oldest ? Sort : ByName;

    /// <summary>Blank values as null, so a filter read from a link equals the same filter set on the page.</summary>
    public ContactQuery Normalized() => new(Blank(Q), Blank(Tag), Blank(State), Blank(Consent), SortOrDefault == ByName ? null : SortOrDefault);

    /// <summary>Whether anything narrows the list (sorting does not).</summary>
    public bool IsFiltered => Normalized() is { Q: not null } or { Tag: not null } or { State: not null } or { Consent: not null };

    public IQueryable<Contact> Filter(CrmDbContext db)
    {
        var contacts = db.Contacts.Where(c => c.DeletedAt == null);
        if (!string.IsNullOrWhiteSpace(Q))
        {
            var text = Q.Trim().ToLowerInvariant();
            var digits = new string(text.Where(char.IsDigit).ToArray());
            // "(212) 555-0100" finds +12125550100: phone-like searches match on digits.
            var phoneLike = digits.Length >= 3 && text.All(ch => char.IsDigit(ch) || " ()+-.".Contains(ch));
            // A whole number ("who is this?") is looked up on the indexed Phone column; a fragment of a name,
            // email or number is a substring of the search text, found through the trigram index.
            if (phoneLike && PhoneNumberNormalizer.Normalize(text) is { IsValid: true, E164: var e164 })
                contacts = contacts.Where(c => c.Phone == e164);
            else
            {
                var term = phoneLike ? digits : text;
                if (ContactSearchIndex.CanServe(term))
                {
                    var candidates = ContactSearchIndex.Candidates(db, term);
                    // The index narrows the rows; Contains keeps the result exactly the substring match it always was.
                    contacts = contacts.Where(c => candidates.Contains(c.Id) && c.SearchText.Contains(term));
                }
                else contacts = contacts.Where(c => c.SearchText.Contains(term));
            }
        }
        if (!string.IsNullOrWhiteSpace(Tag)) contacts = contacts.Where(c => c.Tags.Any(t => t.Tag.Name == Tag));
        if (!string.IsNullOrWhiteSpace(State)) contacts = contacts.Where(c => c.State == State);
        if (Enum.TryParse<ConsentStatus>(Consent, out var consent)) contacts = contacts.Where(c => c.Consent == consent);
        return contacts;
    }

    /// <summary><paramref name="path"/> with this filter in its query string ("/contacts", "/contacts/export").</summary>
    public string Link(string path) => QueryHelpers.AddQueryString(path, new Dictionary<string, string?>
    {
        ["q"] = Blank(Q), ["tag"] = Blank(Tag), ["state"] = Blank(State), ["consent"] = Blank(Consent),
        ["sort"] = SortOrDefault == ByName ? null : SortOrDefault,
    }.Where(kv => kv.Value is not null).ToDictionary());

    public string ExportLink => Link("/contacts/export");

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
