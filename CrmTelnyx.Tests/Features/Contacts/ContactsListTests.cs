using System.Net;
using CrmTelnyx.Data;
using CrmTelnyx.Features.Contacts;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CrmTelnyx.Tests.Features.Contacts;

public sealed class ContactsListTests : IDisposable
{
    private readonly CrmAppFactory app = new();

    public void Dispose() => app.Dispose();

    private async Task<HttpClient> SeedAndSignInAsync(int count = 130)
    {
        await using (var scope = app.Services.CreateAsyncScope())
        {
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
        await app.CreateUserAsync("staff@crm.test", "Staff-Passw0rd", "Staff");
        return await app.CreateBrowserLikeClient().SignedInAsync("staff@crm.test", "Staff-Passw0rd");
    }

    private static async Task<(List<string> Phones, string? Next, int Total)> PageAsync(HttpClient client, string url)
    {
        var page = await (await client.GetAsync(url)).ReadHtmlAsync();
        var phones = page.QuerySelectorAll("tr[data-contact-phone]").Select(r => r.GetAttribute("data-contact-phone")!).ToList();
        return (phones, page.QuerySelector("a[data-next-page]")?.GetAttribute("href"), int.Parse(page.QuerySelector("[data-contact-count]")!.GetAttribute("data-contact-count")!));
    }

    [Fact]
    public async Task Paging_through_all_contacts_shows_each_exactly_once_in_name_order()
    {
        var client = await SeedAndSignInAsync();
        var seen = new List<string>();
        string? url = "/contacts";
        for (var pages = 0; url is not null; pages++)
        {
            Assert.True(pages < 10, $"paging does not end: {url} after {seen.Count} rows, last {string.Join(",", seen.TakeLast(3))}");
            var (phones, next, total) = await PageAsync(client, url);
            Assert.Equal(130, total);
            Assert.True(phones.Count <= ContactQuery.PageSize);
            seen.AddRange(phones);
            url = next;
        }

        Assert.Equal(130, seen.Count);
        Assert.Equal(130, seen.Distinct().Count());
        Assert.Equal("+13035550007", seen[^1]);
    }

    [Theory]
    [InlineData("/contacts?q=first012", 1)]
    [InlineData("/contacts?q=(212)%20555-0012", 1)]
    [InlineData("/contacts?q=%2B1%20212.555.0012", 1)]
    [InlineData("/contacts?q=2125550012", 1)]
    [InlineData("/contacts?q=555-001", 10)]
    [InlineData("/contacts?q=c12%40example.com", 1)]
    [InlineData("/contacts?tag=vip", 33)]
    [InlineData("/contacts?state=CO", 65)]
    [InlineData("/contacts?consent=OptedOut", 26)]
    [InlineData("/contacts?state=NY&tag=vip&consent=OptedOut", 7)]
    public async Task Search_and_filters_narrow_the_list(string url, int expected)
    {
        var client = await SeedAndSignInAsync();

        var (_, _, total) = await PageAsync(client, url);

        Assert.Equal(expected, total);
    }

    [Fact]
    public async Task The_htmx_fragment_returns_just_the_table()
    {
        var client = await SeedAndSignInAsync();

        var fragment = await client.GetStringAsync("/contacts/list?q=zebra");

        Assert.DoesNotContain("<html", fragment);
        Assert.Contains("(303) 555-0007", fragment);
    }

    [Fact]
    public async Task Bulk_tagging_applies_to_exactly_the_filtered_contacts_and_can_be_undone()
    {
        var client = await SeedAndSignInAsync();
        var page = await (await client.GetAsync("/contacts?state=CO")).ReadHtmlAsync();
        var form = page.QuerySelector("form[data-bulk-tag-form]")!;

        var response = await client.PostFormAsync(form, "", new Dictionary<string, string> { ["tagName"] = "colorado", ["action"] = "add" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(65, await app.WithDbAsync(db => db.Contacts.CountAsync(c => c.Tags.Any(t => t.Tag.Name == "colorado"))));
        Assert.Equal(0, await app.WithDbAsync(db => db.Contacts.CountAsync(c => c.State == "NY" && c.Tags.Any(t => t.Tag.Name == "colorado"))));
        var message = await (await client.GetAsync(response.Headers.Location!.OriginalString)).ReadHtmlAsync();
        Assert.Contains("Tagged 65 contact(s) 'colorado'", message.QuerySelector("[data-contacts-message]")!.TextContent);

        await client.PostFormAsync(form, "", new Dictionary<string, string> { ["tagName"] = "colorado", ["action"] = "remove" });
        Assert.Equal(0, await app.WithDbAsync(db => db.ContactTags.CountAsync(ct => ct.Tag.Name == "colorado")));
    }

    [Fact]
    public async Task Export_streams_the_filtered_contacts_with_formula_cells_neutralised()
    {
        await SeedAndSignInAsync(10);
        await app.CreateUserAsync("manager@crm.test", "Manager-Passw0rd", "Manager");
        var client = await app.CreateBrowserLikeClient().SignedInAsync("manager@crm.test", "Manager-Passw0rd");
        await app.WithDbAsync(db => db.Contacts.Where(c => c.FirstName == "First001").ExecuteUpdateAsync(s => s.SetProperty(c => c.Company, "=HYPERLINK(\"http://x\")")));

        var response = await client.GetAsync("/contacts/export?state=CO");
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
        var staff = await SeedAndSignInAsync(3);
        await app.CreateUserAsync("lead@crm.test", "Manager-Passw0rd", "Manager");
        var manager = await app.CreateBrowserLikeClient().SignedInAsync("lead@crm.test", "Manager-Passw0rd");

        var staffPage = await (await staff.GetAsync("/contacts")).ReadHtmlAsync();
        var managerPage = await (await manager.GetAsync("/contacts")).ReadHtmlAsync();

        Assert.Equal(3, staffPage.QuerySelectorAll("tr[data-contact-phone]").Length);
        Assert.Null(staffPage.QuerySelector("[data-export-link]"));
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.GetAsync("/contacts/export")).StatusCode);
        Assert.NotNull(managerPage.QuerySelector("[data-export-link]"));
        Assert.Equal(HttpStatusCode.OK, (await manager.GetAsync("/contacts/export")).StatusCode);
    }

    [Fact]
    public async Task Agents_cannot_open_or_export_contacts()
    {
        await SeedAndSignInAsync(1);
        await app.CreateUserAsync("agent@crm.test", "Agent-Passw0rd", "Agent");
        var agent = await app.CreateBrowserLikeClient().SignedInAsync("agent@crm.test", "Agent-Passw0rd");

        Assert.Equal(HttpStatusCode.Forbidden, (await agent.GetAsync("/contacts")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await agent.GetAsync("/contacts/export")).StatusCode);
    }
}
