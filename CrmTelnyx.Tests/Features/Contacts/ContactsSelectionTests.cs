using Bunit;
using Bunit.TestDoubles;
using CrmTelnyx.Features.Contacts;
using CrmTelnyx.Identity;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace CrmTelnyx.Tests.Features.Contacts;

/// <summary>Picking rows on the contact list opens the blast composer with those contacts, for those who may send blasts.</summary>
public sealed class ContactsSelectionTests : IAsyncLifetime
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

    private IRenderedComponent<ContactsPage> RenderPage(params string[] policies)
    {
        var auth = context.Bunit.AddAuthorization();
        auth.SetAuthorized("staff@crm.test");
        auth.SetRoles(AppRoles.Staff);
        auth.SetPolicies([AppPolicies.Contacts, .. policies]);
        context.Bunit.Services.GetRequiredService<NavigationManager>().NavigateTo("/contacts");
        context.Render<MudPopoverProvider>();
        context.Render<MudDialogProvider>();
        var page = context.Render<ContactsPage>();
        page.WaitForAssertion(() => Assert.Equal("130", page.Find("[data-contact-count]").GetAttribute("data-contact-count")), Wait);
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-contact-phone]")), Wait);
        return page;
    }

    private static IReadOnlyList<AngleSharp.Dom.IElement> RowBoxes(IRenderedComponent<ContactsPage> page) =>
        page.FindAll("tbody tr input[type=checkbox]");

    [Fact]
    public void Picked_rows_make_a_text_blast_button_that_opens_the_composer_with_them_and_the_chip_clears_them()
    {
        var page = RenderPage(AppPolicies.Blasts);
        var ids = page.FindAll("[data-contact-phone]").Take(2).Select(a => long.Parse(a.GetAttribute("href")!.Split('/')[^1])).Order().ToList();
        Assert.Empty(page.FindAll("[data-blast-selected]"));

        RowBoxes(page)[0].Change(true);
        page.WaitForAssertion(() => Assert.Equal("1", page.Find("[data-selected-count]").GetAttribute("data-selected-count")), Wait);
        RowBoxes(page)[1].Change(true);
        page.WaitForAssertion(() => Assert.Contains("Text blast to 2 selected", page.Find("[data-blast-selected]").TextContent), Wait);

        Assert.Equal($"/text-center/blasts/new?contacts={ids[0]},{ids[1]}", page.Find("a[data-blast-selected]").GetAttribute("href"));
        page.Find("[data-selected-count] .mud-chip-close-button").Click();
        page.WaitForAssertion(() => Assert.Empty(page.FindAll("[data-blast-selected]")), Wait);
    }

    [Fact]
    public void Without_the_blasts_policy_rows_cannot_be_picked()
    {
        var page = RenderPage();

        Assert.Empty(RowBoxes(page));
        Assert.Empty(page.FindAll("[data-blast-selected]"));
    }
}
