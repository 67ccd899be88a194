using Bunit;
using Bunit.TestDoubles;
using CrmTelnyx.Features.Contacts;
using CrmTelnyx.Identity;
using CrmTelnyx.Live;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace CrmTelnyx.Tests.Features.Contacts;

/// <summary>The interactive contact list (<see cref="ContactsPage"/>) rendered with bUnit over the real app and its SQLite.</summary>
public sealed class ContactsGridTests : IAsyncLifetime
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);
    private readonly CrmAppFactory app = new();
    private MudComponentContext context = default!;

    public async Task InitializeAsync()
    {
        await ContactSeed.AddAsync(app);
        context = new MudComponentContext(app);
    }

    public async Task DisposeAsync()
    {
        await context.DisposeAsync();
        app.Dispose();
    }

    private IRenderedComponent<MudDialogProvider> dialogs = default!;

    private IRenderedComponent<ContactsPage> RenderPage(string address = "/contacts", params string[] policies)
    {
        var auth = context.Bunit.AddAuthorization();
        auth.SetAuthorized("staff@crm.test");
        auth.SetRoles(AppRoles.Staff);
        auth.SetPolicies([AppPolicies.Contacts, .. policies]);
        context.Bunit.Services.GetRequiredService<NavigationManager>().NavigateTo(address);
        context.Render<MudPopoverProvider>();
        dialogs = context.Render<MudDialogProvider>();
        return context.Render<ContactsPage>();
    }

    /// <summary>MudBlazor puts a field's attributes on its input or on the field around it.</summary>
    private static AngleSharp.Dom.IElement Input(AngleSharp.Dom.IElement field) => field.TagName == "INPUT" ? field : field.QuerySelector("input")!;

    private static string Text(AngleSharp.Dom.IElement element) => System.Text.RegularExpressions.Regex.Replace(element.TextContent, @"\s+", " ").Trim();

    private static List<string> Phones(IRenderedComponent<ContactsPage> page) =>
        page.FindAll("[data-contact-phone]").Select(a => a.GetAttribute("data-contact-phone")!).ToList();

    private static void WaitForCount(IRenderedComponent<ContactsPage> page, int count) =>
        page.WaitForAssertion(() => Assert.Equal(count.ToString(), page.Find("[data-contact-count]").GetAttribute("data-contact-count")), Wait);

    [Fact]
    public void The_grid_shows_the_count_a_page_of_contacts_with_links_consent_and_tag_chips()
    {
        var page = RenderPage();

        WaitForCount(page, 130);
        page.WaitForAssertion(() => Assert.Equal(ContactQuery.PageSize, Phones(page).Count), Wait);
        var first = page.Find("[data-contact-phone='+12125550000']");
        Assert.Matches("^/contacts/[0-9]+$", first.GetAttribute("href"));
        Assert.Equal("First000 Last000", first.TextContent.Trim());
        Assert.Contains("(212) 555-0000", page.Markup);
        Assert.Equal("Opted out", page.Find("[data-consent=OptedOut]").TextContent.Trim());
        Assert.Equal("Opted in", page.Find("[data-consent=OptedIn]").TextContent.Trim());
        Assert.NotEmpty(page.FindAll("[data-tag=vip]"));
        Assert.Contains("130 contacts match", page.Find("[data-contact-count]").TextContent);
    }

    [Fact]
    public void Next_page_walks_through_every_contact_once_in_name_order()
    {
        var page = RenderPage();
        WaitForCount(page, 130);
        var seen = new List<string>();

        for (var pages = 1; ; pages++)
        {
            page.WaitForAssertion(() => Assert.NotEmpty(Phones(page)), Wait);
            var phones = Phones(page);
            seen.AddRange(phones);
            if (pages == 3) break;
            page.Find("button[aria-label='Next page']").Click();
            page.WaitForAssertion(() => Assert.NotEqual(phones[0], Phones(page).FirstOrDefault()), Wait);
        }

        Assert.Equal(130, seen.Count);
        Assert.Equal(130, seen.Distinct().Count());
        Assert.Equal("+13035550007", seen[^1]);
    }

    [Fact]
    public void Typing_in_search_narrows_the_grid_and_the_address_follows()
    {
        var page = RenderPage();
        WaitForCount(page, 130);

        Input(page.Find("[data-filter=q]")).Input("zebra");

        WaitForCount(page, 1);
        page.WaitForAssertion(() => Assert.Equal(["+13035550007"], Phones(page)), Wait);
        Assert.Contains("(303) 555-0007", page.Markup);
        Assert.EndsWith("/contacts?q=zebra", context.Bunit.Services.GetRequiredService<NavigationManager>().Uri);
    }

    [Theory]
    [InlineData("/contacts?state=CO", 65, "/contacts/export?state=CO")]
    [InlineData("/contacts?tag=vip", 33, "/contacts/export?tag=vip")]
    [InlineData("/contacts?consent=OptedOut", 26, "/contacts/export?consent=OptedOut")]
    [InlineData("/contacts?state=NY&tag=vip&consent=OptedOut", 7, "/contacts/export?tag=vip&state=NY&consent=OptedOut")]
    [InlineData("/contacts?q=(212)%20555-0012", 1, "/contacts/export?q=(212)%20555-0012")]
    public void A_filter_in_the_address_applies_and_the_export_link_carries_it(string address, int expected, string export)
    {
        var page = RenderPage(address, AppPolicies.Exports);

        WaitForCount(page, expected);
        Assert.Equal(export, page.Find("[data-export-link]").GetAttribute("href"));
    }

    [Fact]
    public void Sorting_by_the_added_column_shows_the_newest_first_and_the_address_keeps_it()
    {
        var page = RenderPage("/contacts?sort=newest");
        WaitForCount(page, 130);
        page.WaitForAssertion(() => Assert.Equal("+12125550000", Phones(page).First()), Wait);

        page.FindAll("th").Single(th => th.TextContent.Contains("Added")).QuerySelector(".sortable-column-header")!.Click();

        page.WaitForAssertion(() => Assert.Equal("+13035550129", Phones(page).First()), Wait);
        Assert.EndsWith("/contacts?sort=oldest", context.Bunit.Services.GetRequiredService<NavigationManager>().Uri);
    }

    [Fact]
    public void Only_people_who_may_export_see_the_export_link()
    {
        var page = RenderPage("/contacts?state=CO");

        WaitForCount(page, 65);
        Assert.Empty(page.FindAll("[data-export-link]"));
    }

    [Fact]
    public async Task Choosing_a_tag_filter_narrows_the_grid()
    {
        var page = RenderPage();
        WaitForCount(page, 130);

        var select = page.FindComponents<MudSelect<string>>().Single(s => s.Instance.Label == "Tag");
        await select.InvokeAsync(() => select.Instance.ValueChanged.InvokeAsync("vip"));

        WaitForCount(page, 33);
        Assert.EndsWith("/contacts?tag=vip", context.Bunit.Services.GetRequiredService<NavigationManager>().Uri);
    }

    [Fact]
    public async Task Bulk_tagging_asks_with_the_number_of_contacts_then_tags_them_and_says_so()
    {
        var page = RenderPage("/contacts?state=CO");
        WaitForCount(page, 65);

        page.Find("[data-bulk-tag]").Click();
        dialogs.WaitForAssertion(() => Assert.Contains("all 65 contacts that match state CO", Text(dialogs.Find("[data-bulk-tag-summary]"))), Wait);
        dialogs.Find("[data-bulk-tag-confirm]").Click();
        dialogs.WaitForAssertion(() => Assert.Contains("Type the name of a tag.", dialogs.Markup), Wait);
        Input(dialogs.Find("[data-bulk-tag-name]")).Input("colorado");
        Assert.Contains("Add tag to all 65", dialogs.Find("[data-bulk-tag-confirm]").TextContent);
        dialogs.Find("[data-bulk-tag-confirm]").Click();

        var snackbar = context.Bunit.Services.GetRequiredService<ISnackbar>();
        page.WaitForAssertion(() => Assert.Contains(snackbar.ShownSnackbars, s => s.Message == "Tagged 65 contact(s) 'colorado'."), Wait);
        Assert.Empty(dialogs.FindAll("[data-bulk-tag-summary]"));
        Assert.Equal(65, await app.WithDbAsync(db => db.Contacts.CountAsync(c => c.Tags.Any(t => t.Tag.Name == "colorado"))));
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-tag=colorado]")), Wait);
    }

    [Fact]
    public async Task The_grid_reloads_when_contacts_change_elsewhere()
    {
        var page = RenderPage("/contacts?q=newcomer");
        WaitForCount(page, 0);
        Assert.NotNull(page.Find("[data-no-contacts]"));

        await app.WithDbAsync(async db =>
        {
            var contact = new Contact { FirstName = "Newcomer", LastName = "Person", Phone = "+14155550100", CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow };
            contact.RefreshSearchKeys();
            db.Contacts.Add(contact);
            return await db.SaveChangesAsync();
        });
        await app.Services.GetRequiredService<ILiveNotifier>().PublishAsync(LiveTopics.Contacts, "import-progress", new { percent = 50 });

        WaitForCount(page, 1);
        page.WaitForAssertion(() => Assert.Equal(["+14155550100"], Phones(page)), Wait);
    }
}
