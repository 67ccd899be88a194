using CrmTelnyx.Features.Compliance;
using CrmTelnyx.Features.Contacts;
using CrmTelnyx.Tests.Infrastructure;

namespace CrmTelnyx.Tests.Features.TextCenter.Blasts.Composer;

/// <summary>Contacts for blast audiences, written straight into the app's database.</summary>
public static class AudienceSeed
{
    public static Contact Person(string first, string phone, string? state = "NY", ConsentStatus consent = ConsentStatus.OptedIn, string? company = null, params Tag[] tags)
    {
        var contact = new Contact
        {
            FirstName = first, LastName = "Test", Phone = phone, State = state, Consent = consent, Company = company,
            CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow,
        };
        foreach (var tag in tags) contact.Tags.Add(new ContactTag { Tag = tag });
        contact.RefreshSearchKeys();
        return contact;
    }

    public static Task AddAsync(this CrmAppFactory app, IEnumerable<Contact> contacts, params PhoneOptOut[] optOuts) => app.WithDbAsync(async db =>
    {
        db.Contacts.AddRange(contacts);
        db.PhoneOptOuts.AddRange(optOuts);
        return await db.SaveChangesAsync();
    });

    public static PhoneOptOut Stop(string phone) => new() { Phone = phone, At = DateTime.UtcNow, Source = nameof(ConsentSource.SmsKeyword) };
}
