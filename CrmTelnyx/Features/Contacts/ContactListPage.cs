namespace CrmTelnyx.Features.Contacts;

/// <summary>One page of the contact list: its rows, how many contacts match in all, and where the page ends.</summary>
public sealed record ContactListPage(IReadOnlyList<ContactRow> Rows, int Total, ContactCursor? End);

/// <summary>What the list shows of a contact.</summary>
public sealed record ContactRow(
    long Id, string FirstName, string LastName, string Phone, string? Company, string? State, ConsentStatus Consent,
    DateTime CreatedAt, DateTime? LastContactAt, string SortName)
{
    public IReadOnlyList<string> Tags { get; init; } = [];

    public string DisplayName => (FirstName + " " + LastName).Trim() is { Length: > 0 } name ? name : Phone;
}

/// <summary>The sort keys of a page's last row: the next page starts after it (keyset paging).</summary>
public readonly record struct ContactCursor(string SortName, DateTime CreatedAt, long Id)
{
    public static ContactCursor Of(ContactRow row) => new(row.SortName, row.CreatedAt, row.Id);
}

/// <summary>
/// The ends of the pages one person has seen, for one filter, sort and page size, so that "next page" continues from
/// the last row instead of skipping all rows before it (<see cref="SearchContacts"/> says why). Forgets everything
/// when the filter, sort or page size changes.
/// </summary>
public sealed class ContactPageCursors
{
    private readonly Dictionary<int, ContactCursor> ends = [];
    private (ContactQuery Query, int PageSize)? key;

    /// <summary>Where <paramref name="page"/> starts, when the page before it has been seen; null for the first page or a jump.</summary>
    public ContactCursor? StartOf(ContactQuery query, int pageSize, int page)
    {
        if (key != (query, pageSize))
        {
            ends.Clear();
            key = (query, pageSize);
        }
        return ends.TryGetValue(page - 1, out var end) ? end : null;
    }

    /// <summary>Notes where <paramref name="page"/> ended; a late answer for a filter no longer shown is ignored.</summary>
    public void Remember(ContactQuery query, int pageSize, int page, ContactCursor? end)
    {
        if (key != (query, pageSize)) return;
        if (end is { } cursor) ends[page] = cursor;
        else ends.Remove(page);
    }
}
