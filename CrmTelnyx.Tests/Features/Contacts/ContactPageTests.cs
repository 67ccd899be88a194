using System.Net;
using CrmTelnyx.Features.Contacts;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Tests.Features.Contacts;

public sealed class ContactPageTests(CrmAppFactory app) : IClassFixture<CrmAppFactory>
{
    private Task<HttpClient> AdminAsync() => app.SignedInAdminAsync();

    private static Dictionary<string, string> Fields(string phone, string email = "", string state = "", string tags = "") => new()
    {
        ["Form.FirstName"] = "Ada", ["Form.LastName"] = "Lovelace", ["Form.Phone"] = phone, ["Form.Email"] = email,
        ["Form.State"] = state, ["Form.Tags"] = tags, ["Form.CustomFields"] = "Account = A-1",
    };

    [Fact]
    public async Task Creating_a_contact_normalises_the_phone_fills_the_state_and_records_consent_history()
    {
        var client = await AdminAsync();

        var response = await client.SubmitFormAsync("/contacts/new", "contact", Fields("(303) 555-0177", tags: "vip; denver"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var contact = await app.WithDbAsync(db => db.Contacts.Include(c => c.Tags).ThenInclude(t => t.Tag).Include(c => c.ConsentHistory).SingleAsync(c => c.Phone == "+13035550177"));
        Assert.Equal("CO", contact.State);
        Assert.Equal(["denver", "vip"], contact.Tags.Select(t => t.Tag.Name).Order());
        Assert.Equal("A-1", contact.CustomFields["Account"]);
        Assert.Equal(ConsentSource.CreatedByStaff, contact.ConsentHistory.Single().Source);
        var page = await (await client.GetAsync(response.Headers.Location!.OriginalString)).ReadHtmlAsync();
        Assert.NotNull(page.QuerySelector("[data-contact-saved]"));
        Assert.Contains("(303) 555-0177", page.VisibleText());
    }

    [Theory]
    [InlineData("555-0100", "", "", "Too short")]
    [InlineData("(212) 555-0100", "not-an-email", "", "Enter a valid email address.")]
    [InlineData("(212) 555-0100", "", "Narnia", "'Narnia' is not a US state or Canadian province.")]
    public async Task Bad_input_is_explained_next_to_the_field_and_nothing_is_saved(string phone, string email, string state, string message)
    {
        var client = await AdminAsync();
        var before = await app.WithDbAsync(db => db.Contacts.CountAsync());

        var response = await client.SubmitFormAsync("/contacts/new", "contact", Fields(phone, email, state));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ReadHtmlAsync();
        Assert.Contains(message, string.Join(" ", page.QuerySelectorAll(".validation-message").Select(m => m.TextContent)));
        Assert.Equal(before, await app.WithDbAsync(db => db.Contacts.CountAsync()));
    }

    [Fact]
    public async Task A_second_contact_with_the_same_number_is_refused()
    {
        var client = await AdminAsync();
        await client.SubmitFormAsync("/contacts/new", "contact", Fields("(212) 555-0188"));

        var page = await (await client.SubmitFormAsync("/contacts/new", "contact", Fields("212.555.0188"))).ReadHtmlAsync();

        Assert.Contains("Another contact already has this number.", page.VisibleText());
        Assert.Equal(1, await app.WithDbAsync(db => db.Contacts.CountAsync(c => c.Phone == "+12125550188")));
    }

    [Fact]
    public async Task Staff_opt_a_contact_out_with_a_reason_and_the_number_joins_the_suppression_list()
    {
        var client = await AdminAsync();
        var created = await client.SubmitFormAsync("/contacts/new", "contact", Fields("(312) 555-0190"));
        var url = created.Headers.Location!.AbsolutePath;

        var noReason = await (await client.SubmitFormAsync(url, "consent", new Dictionary<string, string> { ["Change.Status"] = "OptedOut", ["Change.Reason"] = "" })).ReadHtmlAsync();
        Assert.Contains("Say why the consent changes", noReason.VisibleText());

        await client.SubmitFormAsync(url, "consent", new Dictionary<string, string> { ["Change.Status"] = "OptedOut", ["Change.Reason"] = "Asked by phone" });

        var page = await (await client.GetAsync(url)).ReadHtmlAsync();
        Assert.Equal("OptedOut", page.QuerySelector("[data-consent-card] [data-consent]")!.GetAttribute("data-consent"));
        Assert.Contains("Asked by phone", page.QuerySelector("[data-consent-history]")!.TextContent);
        Assert.True(await app.WithDbAsync(db => db.PhoneOptOuts.AnyAsync(o => o.Phone == "+13125550190")));
    }

    [Fact]
    public async Task Staff_cannot_opt_back_in_a_number_that_texted_STOP_but_can_lift_their_own_opt_out()
    {
        var client = await AdminAsync();
        var stopped = (await client.SubmitFormAsync("/contacts/new", "contact", Fields("(312) 555-0191"))).Headers.Location!.AbsolutePath;
        var staffOnly = (await client.SubmitFormAsync("/contacts/new", "contact", Fields("(312) 555-0192"))).Headers.Location!.AbsolutePath;
        await client.SubmitFormAsync(staffOnly, "consent", new Dictionary<string, string> { ["Change.Status"] = "OptedOut", ["Change.Reason"] = "Asked by phone" });
        // An inbound STOP, as the SMS keyword handler records it.
        await app.WithDbAsync(async db =>
        {
            var contact = await db.Contacts.SingleAsync(c => c.Phone == "+13125550191");
            await ConsentRecorder.SetAsync(db, contact, ConsentStatus.OptedOut, ConsentSource.SmsKeyword, "Texted STOP", "SMS", DateTime.UtcNow);
            return await db.SaveChangesAsync();
        });

        var refused = await (await client.SubmitFormAsync(stopped, "consent", new Dictionary<string, string> { ["Change.Status"] = "OptedIn", ["Change.Reason"] = "Customer said it was a mistake" })).ReadHtmlAsync();
        await client.SubmitFormAsync(staffOnly, "consent", new Dictionary<string, string> { ["Change.Status"] = "OptedIn", ["Change.Reason"] = "Called back to opt in" });

        Assert.Contains("Only the customer can opt back in, by texting START", refused.QuerySelector("[data-consent-refused]")!.TextContent);
        var page = await (await client.GetAsync(stopped)).ReadHtmlAsync();
        Assert.Equal("OptedOut", page.QuerySelector("[data-consent-card] [data-consent]")!.GetAttribute("data-consent"));
        Assert.True(await app.WithDbAsync(db => db.PhoneOptOuts.AnyAsync(o => o.Phone == "+13125550191")));
        Assert.False(await app.WithDbAsync(db => db.PhoneOptOuts.AnyAsync(o => o.Phone == "+13125550192")));
    }

    [Fact]
    public async Task An_opt_in_given_for_the_old_number_does_not_carry_over_to_a_new_one()
    {
        var client = await AdminAsync();
        var url = (await client.SubmitFormAsync("/contacts/new", "contact", Fields("(312) 555-0193"))).Headers.Location!.AbsolutePath;
        await client.SubmitFormAsync(url, "consent", new Dictionary<string, string> { ["Change.Status"] = "OptedIn", ["Change.Reason"] = "Signed the form" });

        await client.SubmitFormAsync(url, "contact", Fields("(312) 555-0194"));

        var page = await (await client.GetAsync(url)).ReadHtmlAsync();
        Assert.Equal("Unknown", page.QuerySelector("[data-consent-card] [data-consent]")!.GetAttribute("data-consent"));
        Assert.Contains("Number changed from (312) 555-0193 to (312) 555-0194; the opt-in was for the old number",
            page.QuerySelector("[data-consent-history]")!.TextContent);
    }

    [Fact]
    public async Task Saving_a_contact_someone_else_just_deleted_says_so_and_changes_nothing()
    {
        var client = await AdminAsync();
        var url = (await client.SubmitFormAsync("/contacts/new", "contact", Fields("(312) 555-0195"))).Headers.Location!.AbsolutePath;
        var openPage = await (await client.GetAsync(url)).ReadHtmlAsync();
        var form = openPage.QuerySelectorAll("form").Single(f => f.QuerySelector("input[name=_handler][value='contact']") is not null);
        await app.WithDbAsync(db => db.Contacts.Where(c => c.Phone == "+13125550195").ExecuteUpdateAsync(s => s.SetProperty(c => c.DeletedAt, DateTime.UtcNow)));

        var response = await client.PostFormAsync(form, url, Fields("(312) 555-0196"));

        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        var list = await (await client.GetAsync(response.Headers.Location!.OriginalString)).ReadHtmlAsync();
        Assert.Contains("That contact was deleted", list.QuerySelector("[data-contacts-message]")!.TextContent);
        Assert.False(await app.WithDbAsync(db => db.Contacts.AnyAsync(c => c.Phone == "+13125550196")));
    }

    [Fact]
    public async Task Deleting_hides_the_contact_but_keeps_its_row()
    {
        var client = await AdminAsync();
        var created = await client.SubmitFormAsync("/contacts/new", "contact", Fields("(404) 555-0191"));
        var url = created.Headers.Location!.AbsolutePath;

        await client.SubmitFormAsync(url, "delete", new Dictionary<string, string>());

        var list = await (await client.GetAsync("/contacts?q=4045550191")).ReadHtmlAsync();
        Assert.Empty(list.QuerySelectorAll("tr[data-contact-phone]"));
        Assert.NotNull(await app.WithDbAsync(db => db.Contacts.Where(c => c.Phone == "+14045550191").Select(c => c.DeletedAt).SingleAsync()));
    }

    [Fact]
    public async Task The_timeline_shows_the_messages_exchanged_with_the_contact()
    {
        var client = await AdminAsync();
        var created = await client.SubmitFormAsync("/contacts/new", "contact", Fields("(206) 555-0193"));
        await app.WithDbAsync(async db =>
        {
            db.Add(new CrmTelnyx.Features.TextCenter.Message { From = "+12065550193", To = "+13125550001", Text = "Is the shop open Sunday?",
                Direction = CrmTelnyx.Features.TextCenter.MessageDirection.Inbound, Status = "received", CreatedAt = DateTimeOffset.UtcNow });
            db.Add(new CrmTelnyx.Features.TextCenter.Message { From = "+13125550001", To = "+19999999999", Text = "Someone else", CreatedAt = DateTimeOffset.UtcNow });
            return await db.SaveChangesAsync();
        });

        var page = await (await client.GetAsync(created.Headers.Location!.AbsolutePath)).ReadHtmlAsync();

        var items = page.QuerySelectorAll("[data-timeline] [data-timeline-item]");
        Assert.Single(items);
        Assert.Contains("Is the shop open Sunday?", items[0].TextContent);
    }
}
