using System.Text;
using CrmTelnyx.Data;
using CrmTelnyx.Features.Contacts.Search;
using CrmTelnyx.Phones;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Features.Contacts;

/// <summary>
/// The contact list's filter (search, tag, state, consent) and sort, as carried in the query string; also the
/// "selection" bulk tagging and export act on. Pages are keyset pages: <see cref="After"/> is the last row's cursor.
/// </summary>
public sealed record ContactQuery(string? Q = null, string? Tag = null, string? State = null, string? Consent = null, string? Sort = null, string? After = null)
{
    public const int PageSize = 50;

    public string SortOrDefault => Sort is "newest" or "oldest" ? Sort : "name";

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

    public async Task<(List<Contact> Rows, string? NextCursor)> PageAsync(CrmDbContext db, CancellationToken cancellationToken = default)
    {
        var query = Filter(db);
        var cursor = Cursor.Decode(After);
        query = SortOrDefault switch
        {
            "newest" => (cursor is null ? query : query.Where(c => c.CreatedAt < cursor.Value.Date || (c.CreatedAt == cursor.Value.Date && c.Id < cursor.Value.Id)))
                .OrderByDescending(c => c.CreatedAt).ThenByDescending(c => c.Id),
            "oldest" => (cursor is null ? query : query.Where(c => c.CreatedAt > cursor.Value.Date || (c.CreatedAt == cursor.Value.Date && c.Id > cursor.Value.Id)))
                .OrderBy(c => c.CreatedAt).ThenBy(c => c.Id),
            _ => (cursor is null ? query : query.Where(c => string.Compare(c.SortName, cursor.Value.Text) > 0 || (c.SortName == cursor.Value.Text && c.Id > cursor.Value.Id)))
                .OrderBy(c => c.SortName).ThenBy(c => c.Id),
        };
        var rows = await query.Include(c => c.Tags).ThenInclude(t => t.Tag).AsNoTracking().AsSplitQuery()
            .Take(PageSize + 1).ToListAsync(cancellationToken);
        string? next = null;
        if (rows.Count > PageSize)
        {
            rows.RemoveAt(PageSize);
            var last = rows[^1];
            next = Cursor.Encode(last.SortName, last.CreatedAt, last.Id);
        }
        return (rows, next);
    }

    public Dictionary<string, string?> ToQueryString(string? after = null) => new()
    {
        ["q"] = Q, ["tag"] = Tag, ["state"] = State, ["consent"] = Consent, ["sort"] = Sort, ["after"] = after,
    };

    private readonly record struct Cursor(string Text, DateTime Date, long Id)
    {
        public static string Encode(string text, DateTime date, long id) =>
            Convert.ToBase64String(Encoding.UTF8.GetBytes($"{id}|{date.Ticks}|{text}")).Replace('+', '-').Replace('/', '_');

        public static Cursor? Decode(string? value)
        {
            if (string.IsNullOrEmpty(value)) return null;
            try
            {
                var parts = Encoding.UTF8.GetString(Convert.FromBase64String(value.Replace('-', '+').Replace('_', '/'))).Split('|', 3);
                return new Cursor(parts[2], new DateTime(long.Parse(parts[1]), DateTimeKind.Utc), long.Parse(parts[0]));
            }
            // A cursor edited by hand (or from an older version) just starts from the first page.
            catch (Exception ex) when (ex is FormatException or IndexOutOfRangeException or OverflowException or ArgumentOutOfRangeException) { return null; }
        }
    }
}
