namespace CrmTelnyx.Features.Contacts;

/// <summary>
/// Rows of the contact list are the same contact when their ids are: each page load makes new rows (and their tag
/// lists differ by reference), and a picked contact must stay picked when its page is shown again.
/// </summary>
public sealed class ContactRowById : IEqualityComparer<ContactRow>
{
    public static readonly ContactRowById Instance = new();

    public bool Equals(ContactRow? x, ContactRow? y) => x?.Id == y?.Id;

    public int GetHashCode(ContactRow row) => row.Id.GetHashCode();
}
