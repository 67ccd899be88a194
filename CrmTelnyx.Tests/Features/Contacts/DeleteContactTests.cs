using CrmTelnyx.Features.Compliance;
using CrmTelnyx.Features.Contacts;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Tests.Features.Contacts;

public sealed class DeleteContactTests(CrmAppFactory app) : IClassFixture<CrmAppFactory>
{
    [Fact]
    public async Task Deleting_hides_the_contact_but_keeps_its_row()
    {
        var id = await app.CreateContactAsync("(404) 555-0191");
        var client = await app.SignedInAdminAsync();

        Assert.Equal("Ada Lovelace", await app.DeleteContactAsync(id));

        Assert.NotNull(await app.WithDbAsync(db => db.Contacts.Where(c => c.Id == id).Select(c => c.DeletedAt).SingleAsync()));
        var list = await (await client.GetAsync("/contacts?q=4045550191")).ReadHtmlAsync();
        Assert.DoesNotContain("(404) 555-0191", list.VisibleText());
        var page = await (await client.GetAsync($"/contacts/{id}")).ReadHtmlAsync();
        Assert.NotNull(page.QuerySelector("[data-contact-missing]"));
    }

    [Fact]
    public async Task Deleting_twice_says_it_was_already_deleted_and_an_opt_out_stays_in_force()
    {
        var id = await app.CreateContactAsync("(404) 555-0192");
        await app.RecordConsentAsync(id, ConsentStatus.OptedOut, "Asked by phone");

        await app.DeleteContactAsync(id);

        Assert.Null(await app.DeleteContactAsync(id));
        Assert.True(await app.WithDbAsync(db => ConsentRecorder.IsOptedOutAsync(db, "+14045550192")));
    }
}
