using System.Net;
using CrmTelnyx.Data;
using CrmTelnyx.Features.Contacts;
using CrmTelnyx.Live;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CrmTelnyx.Tests.Features.Contacts;

/// <summary>The contact list's query (<see cref="SearchContacts"/>), bulk tagging (<see cref="BulkTagContacts"/>) and export, over the real app's SQLite.</summary>
public sealed class ContactsListTests : IDisposable
{
    private readonly CrmAppFactory app = new();

    public void Dispose() => app.Dispose();

    private async Task<T> UseAsync<TService, T>(Func<TService, Task<T>> use) where TService : notnull
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await use(scope.ServiceProvider.GetRequiredService<TService>());
    }

    private Task<ContactListPage> ListAsync(ContactQuery query, int page = 0, ContactCursor? after = null) =>
        UseAsync<SearchContacts, ContactListPage>(s => s.ListAsync(query, page, ContactQuery.PageSize, after));

    [Theory]
    [InlineData(ContactQuery.ByName, "+13035550007")]
    [InlineData(ContactQuery.ByNameDescending, "+12125550000")]
    [InlineData(ContactQuery.Newest, "+13035550129")]
    [InlineData(ContactQuery.Oldest, "+12125550000")]
    public async Task Paging_through_all_contacts_shows_each_exactly_once_in_order_whether_by_next_page_or_by_page_number(string sort, string last)
    {
        await ContactSeed.AddAsync(app);
        var query = new ContactQuery(Sort: sort);
        var byCursor = new List<string>();
        var byNumber = new List<string>();
        ContactCursor? after = null;
        for (var page = 0; page * ContactQuery.PageSize < 130; page++)
        {
            var next = await ListAsync(query, page, after);
            Assert.Equal(130, next.Total);
            Assert.True(next.Rows.Count <= ContactQuery.PageSize);
            byCursor.AddRange(next.Rows.Select(r => r.Phone));
            after = next.End;
            byNumber.AddRange((await ListAsync(query, page)).Rows.Select(r => r.Phone));
        }

        Assert.Equal(130, byCursor.Count);
        Assert.Equal(130, byCursor.Distinct().Count());
        Assert.Equal(last, byCursor[^1]);
        Assert.Equal(byCursor, byNumber);
        Assert.Empty((await ListAsync(query, 3, after)).Rows);
    }

    [Fact]
    public async Task A_page_shows_each_contacts_tags_consent_and_company()
    {
        await ContactSeed.AddAsync(app, 5);
        await app.WithDbAsync(db => db.Contacts.Where(c => c.FirstName == "First000").ExecuteUpdateAsync(s => s.SetProperty(c => c.Company, "Acme")));
        await BulkAddAsync(new ContactQuery(Q: "first000"), "Alpha");

        var first = (await ListAsync(new ContactQuery(Q: "first000"))).Rows.Single();

        Assert.Equal(["Alpha", "vip"], first.Tags);
        Assert.Equal(ConsentStatus.OptedOut, first.Consent);
        Assert.Equal("Acme", first.Company);
        Assert.Equal("First000 Last000", first.DisplayName);
    }

    [Theory]
    [InlineData("first012", null, null, null, 1)]
    [InlineData("(212) 555-0012", null, null, null, 1)]
    [InlineData("+1 212.555.0012", null, null, null, 1)]
    [InlineData("2125550012", null, null, null, 1)]
    [InlineData("555-001", null, null, null, 10)]
    [InlineData("c12@example.com", null, null, null, 1)]
    [InlineData(null, "vip", null, null, 33)]
    [InlineData(null, null, "CO", null, 65)]
    [InlineData(null, null, null, "OptedOut", 26)]
    [InlineData(null, "vip", "NY", "OptedOut", 7)]
    [InlineData("zebra", null, null, null, 1)]
    public async Task Search_and_filters_narrow_the_list(string? q, string? tag, string? state, string? consent, int expected)
    {
        await ContactSeed.AddAsync(app);

        var page = await ListAsync(new ContactQuery(q, tag, state, consent));

        Assert.Equal(expected, page.Total);
        Assert.Equal(Math.Min(expected, ContactQuery.PageSize), page.Rows.Count);
    }

    [Fact]
    public void The_filter_travels_in_links_and_blank_values_are_no_filter()
    {
        var query = new ContactQuery(Q: "ada lovelace", Tag: "", State: "CO", Consent: " ", Sort: ContactQuery.ByName);

        Assert.Equal("/contacts/export?q=ada%20lovelace&state=CO", query.ExportLink);
        Assert.Equal("/contacts?tag=vip&sort=newest", new ContactQuery(Tag: "vip", Sort: ContactQuery.Newest).Link("/contacts"));
        Assert.Equal(new ContactQuery(Q: "ada lovelace", State: "CO"), query.Normalized());
        Assert.False(new ContactQuery(Q: " ", Sort: ContactQuery.Newest).IsFiltered);
    }

    [Fact]
    public void Remembered_page_ends_are_used_for_the_next_page_only_while_filter_and_page_size_stay()
    {
        var cursors = new ContactPageCursors();
        var vip = new ContactQuery(Tag: "vip");
        var end = new ContactCursor("lovelace ada", DateTime.UtcNow, 42);

        Assert.Null(cursors.StartOf(vip, 50, 1));
        cursors.Remember(vip, 50, 0, end);

        Assert.Equal(end, cursors.StartOf(vip, 50, 1));
        Assert.Null(cursors.StartOf(vip, 50, 5));
        Assert.Null(cursors.StartOf(vip, 25, 1));
        cursors.Remember(vip, 50, 0, end); // a late answer for the filter shown before
        Assert.Null(cursors.StartOf(vip, 25, 1));
    }

    private Task<BulkTagResult> BulkAddAsync(ContactQuery query, string? tag) => UseAsync<BulkTagContacts, BulkTagResult>(u => u.AddAsync(query, tag));

    [Fact]
    public async Task Bulk_tagging_applies_to_exactly_the_filtered_contacts_and_can_be_undone()
    {
        await ContactSeed.AddAsync(app);
        var colorado = new ContactQuery(State: "CO");
        var notices = new List<LiveEvent>();
        using var listening = app.Services.GetRequiredService<LiveFeed>().Subscribe(
            new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity([new(System.Security.Claims.ClaimTypes.Role, "Staff")], "test")),
            LiveTopics.Contacts, events => { lock (notices) notices.AddRange(events); return Task.CompletedTask; }, TimeSpan.FromMilliseconds(10));

        var added = await BulkAddAsync(colorado, "colorado");

        Assert.True(added.Succeeded);
        Assert.Equal("Tagged 65 contact(s) 'colorado'.", added.Message);
        Assert.Equal(65, await app.WithDbAsync(db => db.Contacts.CountAsync(c => c.Tags.Any(t => t.Tag.Name == "colorado"))));
        Assert.Equal(0, await app.WithDbAsync(db => db.Contacts.CountAsync(c => c.State == "NY" && c.Tags.Any(t => t.Tag.Name == "colorado"))));
        Assert.Equal(0, (await BulkAddAsync(colorado, "colorado")).Changed);
        await Eventually.ReturnsAsync(() => Task.FromResult(notices.Count), n => n > 0);
        Assert.Equal(new ContactsTagged("colorado", 65), Assert.Single(notices).Data);

        var removed = await UseAsync<BulkTagContacts, BulkTagResult>(u => u.RemoveAsync(colorado, "colorado"));

        Assert.Equal("Removed tag 'colorado' from 65 contact(s).", removed.Message);
        Assert.Equal(0, await app.WithDbAsync(db => db.ContactTags.CountAsync(ct => ct.Tag.Name == "colorado")));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    [InlineData(" ; ")]
    public async Task Bulk_tagging_without_a_tag_name_changes_nothing_and_says_why(string? tag)
    {
        await ContactSeed.AddAsync(app, 3);

        var result = await BulkAddAsync(new ContactQuery(), tag);

        Assert.False(result.Succeeded);
        Assert.Equal("Type the name of a tag.", result.Message);
        Assert.Equal(1, await app.WithDbAsync(db => db.Tags.CountAsync()));
    }

    [Fact]
    public async Task Export_streams_the_filtered_contacts_with_formula_cells_neutralised()
    {
        await ContactSeed.AddAsync(app, 10);
        await app.CreateUserAsync("manager@crm.test", "Manager-Passw0rd", "Manager");
        var client = await app.CreateBrowserLikeClient().SignedInAsync("manager@crm.test", "Manager-Passw0rd");
        await app.WithDbAsync(db => db.Contacts.Where(c => c.FirstName == "First001").ExecuteUpdateAsync(s => s.SetProperty(c => c.Company, "=HYPERLINK(\"http://x\")")));

        var response = await client.GetAsync(new ContactQuery(State: "CO").ExportLink);
        var csv = await response.Content.ReadAsStringAsync();

        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var lines = csv.TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(1 + 5, lines.Length);
        Assert.StartsWith("first_name,last_name,phone", lines[0]);
        Assert.Contains("'=HYPERLINK", csv);
        Assert.DoesNotContain(",=HYPERLINK", csv);
        Assert.DoesNotContain("+1212", csv);
    }

    [Fact]
    public async Task Staff_work_with_contacts_but_only_managers_export_them()
    {
        await ContactSeed.AddAsync(app, 3);
        await app.CreateUserAsync("staff@crm.test", "Staff-Passw0rd", "Staff");
        var staff = await app.CreateBrowserLikeClient().SignedInAsync("staff@crm.test", "Staff-Passw0rd");
        await app.CreateUserAsync("lead@crm.test", "Manager-Passw0rd", "Manager");
        var manager = await app.CreateBrowserLikeClient().SignedInAsync("lead@crm.test", "Manager-Passw0rd");

        var staffPage = await staff.GetAsync("/contacts?state=CO");
        var managerPage = await (await manager.GetAsync("/contacts?state=CO")).ReadHtmlAsync();

        Assert.Equal(HttpStatusCode.OK, staffPage.StatusCode);
        Assert.NotNull((await staffPage.ReadHtmlAsync()).QuerySelector("[data-contact-table]"));
        Assert.Null((await staffPage.ReadHtmlAsync()).QuerySelector("[data-export-link]"));
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.GetAsync("/contacts/export")).StatusCode);
        // The prerendered page already carries the filter from the address in its export link.
        Assert.Equal("/contacts/export?state=CO", managerPage.QuerySelector("[data-export-link]")?.GetAttribute("href"));
        Assert.Equal(HttpStatusCode.OK, (await manager.GetAsync("/contacts/export")).StatusCode);
    }

    [Fact]
    public async Task Agents_cannot_open_or_export_contacts()
    {
        await ContactSeed.AddAsync(app, 1);
        await app.CreateUserAsync("agent@crm.test", "Agent-Passw0rd", "Agent");
        var agent = await app.CreateBrowserLikeClient().SignedInAsync("agent@crm.test", "Agent-Passw0rd");

        Assert.Equal(HttpStatusCode.Forbidden, (await agent.GetAsync("/contacts")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await agent.GetAsync("/contacts/export")).StatusCode);
    }
}
