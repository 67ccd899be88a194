using CrmTelnyx.Data;
using CrmTelnyx.Features.Contacts;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CrmTelnyx.Tests.Features.Contacts;

/// <summary>The contact list's test data.</summary>
public static class ContactSeed
{
    /// <summary>130 contacts: even ones in NY (212), odd ones in CO (303), every 4th tagged vip, every 5th opted out; #7 is "Zebra".</summary>
    public static async Task AddAsync(CrmAppFactory app, int count = 130)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CrmDbContext>();
        var vip = new Tag { Name = "vip" };
        for (var i = 0; i < count; i++)
        {
            var c = new Contact
            {
                FirstName = $"First{i:D3}", LastName = i == 7 ? "Zebra" : $"Last{i:D3}", Phone = $"+1{(i % 2 == 0 ? "212" : "303")}555{i:D4}",
                Email = $"c{i}@example.com", State = i % 2 == 0 ? "NY" : "CO", Consent = i % 5 == 0 ? ConsentStatus.OptedOut : ConsentStatus.OptedIn,
                CreatedAt = DateTime.UtcNow.AddMinutes(-i), UpdatedAt = DateTime.UtcNow,
            };
            if (i % 4 == 0) c.Tags.Add(new ContactTag { Tag = vip });
            c.RefreshSearchKeys();
            db.Contacts.Add(c);
        }
        await db.SaveChangesAsync();
    }
}
