using CrmTelnyx.Features.Compliance;
using CrmTelnyx.Features.Contacts;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static CrmTelnyx.Tests.Features.Contacts.ContactUseCases;

namespace CrmTelnyx.Tests.Features.Contacts;

public sealed class SaveContactTests(CrmAppFactory app) : IClassFixture<CrmAppFactory>
{
    private Task<Contact> ContactAsync(string phone) => app.WithDbAsync(db => db.Contacts.AsNoTracking()
        .Include(c => c.Tags).ThenInclude(t => t.Tag).Include(c => c.ConsentHistory).SingleAsync(c => c.Phone == phone));

    [Fact]
    public async Task Creating_a_contact_normalises_the_phone_fills_the_state_and_records_consent_history()
    {
        var result = await app.SaveContactAsync(Form("(303) 555-0177", tags: ["vip", "denver", "VIP"]));

        Assert.True(result.Saved);
        var contact = await ContactAsync("+13035550177");
        Assert.Equal(result.ContactId, contact.Id);
        Assert.Equal("CO", contact.State);
        Assert.Equal(["denver", "vip"], contact.Tags.Select(t => t.Tag.Name).Order());
        Assert.Equal("A-1", contact.CustomFields["Account"]);
        var created = Assert.Single(contact.ConsentHistory);
        Assert.Equal(ConsentSource.CreatedByStaff, created.Source);
        Assert.Equal(CrmAppFactory.AdminEmail, created.Actor);
    }

    [Theory]
    [InlineData("555-0100", "", "", nameof(ContactForm.Phone), "Too short")]
    [InlineData("", "", "", nameof(ContactForm.Phone), "Enter a phone number.")]
    [InlineData("(212) 555-0100", "not-an-email", "", nameof(ContactForm.Email), "Enter an email address like name@example.com.")]
    [InlineData("(212) 555-0100", "", "Narnia", nameof(ContactForm.State), "'Narnia' is not a US state or Canadian province.")]
    public async Task Bad_input_is_explained_by_the_field_and_nothing_is_saved(string phone, string email, string state, string field, string message)
    {
        var before = await app.WithDbAsync(db => db.Contacts.CountAsync());

        var result = await app.SaveContactAsync(Form(phone, email, state));

        Assert.False(result.Saved);
        Assert.Contains(message, result.Errors[field]);
        Assert.Equal(before, await app.WithDbAsync(db => db.Contacts.CountAsync()));
    }

    [Fact]
    public async Task A_second_contact_with_the_same_number_is_refused()
    {
        await app.CreateContactAsync("(212) 555-0188");

        var second = await app.SaveContactAsync(Form("212.555.0188"));

        Assert.Equal(SaveContact.NumberTaken, second.Errors[nameof(ContactForm.Phone)]);
        Assert.Equal(1, await app.WithDbAsync(db => db.Contacts.CountAsync(c => c.Phone == "+12125550188")));
    }

    [Fact]
    public async Task Saving_changes_fields_and_tags_and_keeps_the_number_its_own()
    {
        var id = await app.CreateContactAsync("(312) 555-0180", "old-tag", "keep");
        var form = ContactForm.From(await ContactAsync("+13125550180"));
        form.LastName = "Byron";
        form.State = "Ontario";
        form.Tags = ["keep", "new-tag"];

        var result = await app.SaveContactAsync(form, id);

        Assert.True(result.Saved);
        var contact = await ContactAsync("+13125550180");
        Assert.Equal(("Byron", "ON"), (contact.LastName, contact.State));
        Assert.Equal(["keep", "new-tag"], contact.Tags.Select(t => t.Tag.Name).Order());
        Assert.Single(contact.ConsentHistory);
    }

    [Fact]
    public async Task An_opt_in_given_for_the_old_number_does_not_carry_over_to_a_new_one()
    {
        var id = await app.CreateContactAsync("(312) 555-0193");
        Assert.True((await app.RecordConsentAsync(id, ConsentStatus.OptedIn, "Signed the form")).Recorded);

        var form = await app.LoadContactFormAsync(id);
        form.Phone = "(312) 555-0194";

        var result = await app.SaveContactAsync(form, id);

        Assert.True(result.Saved);
        var contact = await ContactAsync("+13125550194");
        Assert.Equal(ConsentStatus.Unknown, contact.Consent);
        Assert.Contains(contact.ConsentHistory, e => e.Detail == "Number changed from (312) 555-0193 to (312) 555-0194; the opt-in was for the old number");
    }

    [Fact]
    public async Task An_opted_out_contact_keeps_its_new_number_off_the_texting_list_and_a_number_that_opted_out_opts_its_contact_out()
    {
        var optedOut = await app.CreateContactAsync("(312) 555-0170");
        await app.RecordConsentAsync(optedOut, ConsentStatus.OptedOut, "Asked by phone");
        var other = await app.CreateContactAsync("(312) 555-0172");
        await app.RecordConsentAsync(other, ConsentStatus.OptedIn, "Signed the form");

        var optedOutForm = await app.LoadContactFormAsync(optedOut);
        optedOutForm.Phone = "(312) 555-0171";
        Assert.True((await app.SaveContactAsync(optedOutForm, optedOut)).Saved);
        var otherForm = await app.LoadContactFormAsync(other);
        otherForm.Phone = "(312) 555-0170";
        Assert.True((await app.SaveContactAsync(otherForm, other)).Saved);

        Assert.True(await app.WithDbAsync(db => db.PhoneOptOuts.AnyAsync(o => o.Phone == "+13125550171")));
        var moved = await ContactAsync("+13125550170");
        Assert.Equal(ConsentStatus.OptedOut, moved.Consent);
        Assert.Contains(moved.ConsentHistory, e => e.Detail.EndsWith("which had opted out"));
    }

    [Fact]
    public async Task Saving_a_contact_someone_else_just_deleted_says_so_and_changes_nothing()
    {
        var id = await app.CreateContactAsync("(312) 555-0195");
        await app.WithDbAsync(db => db.Contacts.Where(c => c.Id == id).ExecuteUpdateAsync(s => s.SetProperty(c => c.DeletedAt, DateTime.UtcNow)));

        var result = await app.SaveContactAsync(Form("(312) 555-0196"), id);

        Assert.True(result.Gone);
        Assert.False(result.Saved);
        Assert.False(await app.WithDbAsync(db => db.Contacts.AnyAsync(c => c.Phone == "+13125550196")));
        Assert.Equal("That contact was deleted (perhaps by someone else), so nothing was changed.", SaveContact.ContactGone);
    }
}
