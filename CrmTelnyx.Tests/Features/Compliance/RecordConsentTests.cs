using CrmTelnyx.Features.Compliance;
using CrmTelnyx.Features.Contacts;
using CrmTelnyx.Tests.Features.Contacts;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Tests.Features.Compliance;

public sealed class RecordConsentTests(CrmAppFactory app) : IClassFixture<CrmAppFactory>
{
    private Task<Contact> ContactAsync(long id) =>
        app.WithDbAsync(db => db.Contacts.AsNoTracking().Include(c => c.ConsentHistory).SingleAsync(c => c.Id == id));

    [Fact]
    public async Task Staff_opt_a_contact_out_with_a_reason_and_the_number_joins_the_suppression_list()
    {
        var id = await app.CreateContactAsync("(312) 555-0190");

        var noReason = await app.RecordConsentAsync(id, ConsentStatus.OptedOut, " ");
        Assert.Contains("Say why the consent changes", noReason.Refusal);
        Assert.Equal(ConsentStatus.Unknown, (await ContactAsync(id)).Consent);

        Assert.True((await app.RecordConsentAsync(id, ConsentStatus.OptedOut, "Asked by phone")).Recorded);

        var contact = await ContactAsync(id);
        Assert.Equal(ConsentStatus.OptedOut, contact.Consent);
        Assert.Contains(contact.ConsentHistory, e => e is { Detail: "Asked by phone", Source: ConsentSource.SetByStaff, Actor: CrmAppFactory.AdminEmail });
        Assert.True(await app.WithDbAsync(db => db.PhoneOptOuts.AnyAsync(o => o.Phone == "+13125550190")));
    }

    [Fact]
    public async Task Staff_cannot_opt_back_in_a_number_that_texted_STOP_but_can_lift_their_own_opt_out()
    {
        var stopped = await app.CreateContactAsync("(312) 555-0191");
        var staffOnly = await app.CreateContactAsync("(312) 555-0192");
        await app.RecordConsentAsync(staffOnly, ConsentStatus.OptedOut, "Asked by phone");
        // An inbound STOP, as the SMS keyword handler records it.
        await app.WithDbAsync(async db =>
        {
            var contact = await db.Contacts.SingleAsync(c => c.Id == stopped);
            await ConsentRecorder.SetAsync(db, contact, ConsentStatus.OptedOut, ConsentSource.SmsKeyword, "Texted STOP", "SMS", DateTime.UtcNow);
            return await db.SaveChangesAsync();
        });

        var refused = await app.RecordConsentAsync(stopped, ConsentStatus.OptedIn, "Customer said it was a mistake");
        var lifted = await app.RecordConsentAsync(staffOnly, ConsentStatus.OptedIn, "Called back to opt in");

        Assert.Contains("Only the customer can opt back in, by texting START", refused.Refusal);
        Assert.True(lifted.Recorded);
        Assert.Equal(ConsentStatus.OptedOut, (await ContactAsync(stopped)).Consent);
        Assert.Equal(ConsentStatus.OptedIn, (await ContactAsync(staffOnly)).Consent);
        Assert.True(await app.WithDbAsync(db => db.PhoneOptOuts.AnyAsync(o => o.Phone == "+13125550191")));
        Assert.False(await app.WithDbAsync(db => db.PhoneOptOuts.AnyAsync(o => o.Phone == "+13125550192")));
    }

    [Fact]
    public async Task Consent_for_a_contact_deleted_meanwhile_is_not_recorded_and_says_why()
    {
        var id = await app.CreateContactAsync("(312) 555-0197");
        await app.DeleteContactAsync(id);

        var result = await app.RecordConsentAsync(id, ConsentStatus.OptedIn, "Signed the form");

        Assert.Equal(SaveContact.ContactGone, result.Refusal);
        Assert.Single((await ContactAsync(id)).ConsentHistory);
    }
}
