using CrmTelnyx.Data;
using CrmTelnyx.Features.Compliance;

namespace CrmTelnyx.Features.Contacts;

public sealed class Contact : IVersioned
{
    public long Id { get; set; }
    public string FirstName { get; set; } = "";
    public string LastName { get; set; } = "";
    /// <summary>E.164, e.g. +12125550123.</summary>
    public string Phone { get; set; } = "";
    public string? Email { get; set; }
    public string? Company { get; set; }
    /// <summary>Two-letter state or province; filled from the area code when not given.</summary>
    public string? State { get; set; }
    public string? Notes { get; set; }
    public Dictionary<string, string> CustomFields { get; set; } = [];
    public ConsentStatus Consent { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    /// <summary>Who saved the last change, when known (the conflict message names them).</summary>
    public string? UpdatedBy { get; set; }
    /// <summary>Goes up with every change: a save from an older version is a conflict (<see cref="ContactConflict"/>).</summary>
    public long Version { get; set; }
    public DateTime? LastContactAt { get; set; }
    /// <summary>Soft delete: messages and calls keep pointing at the contact.</summary>
    public DateTime? DeletedAt { get; set; }

    /// <summary>Lower-case "last first", the name sort key (indexed with Id for keyset paging).</summary>
    public string SortName { get; private set; } = "";
    /// <summary>Lower-case name, email, company and phone digits: what the search box matches.</summary>
    public string SearchText { get; private set; } = "";

    public List<ContactTag> Tags { get; set; } = [];

    public List<ConsentEvent> ConsentHistory { get; set; } = [];

    public string DisplayName => (FirstName + " " + LastName).Trim() is { Length: > 0 } name ? name : Phone;

    /// <summary>Call after changing names, email, company or phone.</summary>
    public void RefreshSearchKeys()
    {
        SortName = $"{LastName} {FirstName}".Trim().ToLowerInvariant();
        SearchText = string.Join(' ', FirstName, LastName, Email, Company, Phone.TrimStart('+')).ToLowerInvariant();
    }
}

public enum ConsentStatus
{
    Unknown = 0,
    OptedIn = 1,
    OptedOut = 2,
}
