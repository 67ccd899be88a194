using CrmTelnyx.Data;
using CrmTelnyx.Features.Contacts;
using CrmTelnyx.Phones;

namespace CrmTelnyx.Features.TextCenter.Conversations;

/// <summary>Which threads the inbox lists.</summary>
public enum ConversationState
{
    Open,
    Done,
    All,
}

public enum ConversationOwner
{
    Anyone,
    Mine,
    Unassigned,
}

/// <summary>
/// The inbox's filter: open/done/all, whose, and an optional search (a phone number in any common format, part of one,
/// or the contact's name), applied in SQL over every thread.
/// </summary>
/// <param name="UserId">The signed-in user, for <see cref="ConversationOwner.Mine"/>.</param>
public sealed record InboxFilter(ConversationState State = ConversationState.Open, ConversationOwner Owner = ConversationOwner.Anyone,
    string? UserId = null, string? Search = null)
{
    /// <summary>Longer searches are cut here: no name or number is this long.</summary>
    public const int SearchMaxLength = 100;

    public static InboxFilter Open { get; } = new();

    /// <summary>The search as it is applied: trimmed, null when blank.</summary>
    public string? SearchTerm
    {
        get
        {
            var term = Search?.Trim();
            if (string.IsNullOrEmpty(term)) return null;
            return term.Length > SearchMaxLength ? term[..SearchMaxLength] : term;
        }
    }

    /// <summary>Whether open/done or whose narrows the list (the search does not count).</summary>
    public bool IsNarrowed => State != ConversationState.All || Owner != ConversationOwner.Anyone;

    public IQueryable<Conversation> Apply(CrmDbContext db)
    {
        var threads = db.Conversations.AsQueryable();
        threads = State switch
        {
            ConversationState.Open => threads.Where(c => c.DoneAt == null),
            ConversationState.Done => threads.Where(c => c.DoneAt != null),
            _ => threads,
        };
        threads = Owner switch
        {
            ConversationOwner.Mine => threads.Where(c => c.AssignedUserId == UserId),
            ConversationOwner.Unassigned => threads.Where(c => c.AssignedUserId == null),
            _ => threads,
        };
        return SearchTerm is { } term ? Matching(db, threads, term) : threads;
    }

    private static IQueryable<Conversation> Matching(CrmDbContext db, IQueryable<Conversation> threads, string term)
    {
        var digits = new string(term.Where(char.IsAsciiDigit).ToArray());
        // "(312) 555-0142", "312.555.0142", "+1 312 555 0142" and "0142" all find +13125550142: numbers match on digits.
        var phoneLike = digits.Length > 0 && term.All(ch => char.IsAsciiDigit(ch) || char.IsWhiteSpace(ch) || "()+-./".Contains(ch));
        if (phoneLike)
        {
            // A whole number is one lookup on the unique Phone index; a fragment is a substring of the stored E.164.
            if (PhoneNumberNormalizer.Normalize(term) is { E164: { } e164 }) return threads.Where(c => c.Phone == e164);
            return threads.Where(c => c.Phone.Contains(digits));
        }
        // Names go through the contacts' own search (their trigram index), so the inbox finds whom the contact list finds.
        var contacts = new ContactQuery(Q: term).Filter(db).Select(x => (long?)x.Id);
        return threads.Where(c => c.ContactId != null && contacts.Contains(c.ContactId));
    }
}
