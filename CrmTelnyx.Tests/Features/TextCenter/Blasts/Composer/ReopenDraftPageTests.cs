using Bunit;
using Bunit.TestDoubles;
using CrmTelnyx.Features.Contacts;
using CrmTelnyx.Features.TextCenter.Blasts;
using CrmTelnyx.Features.TextCenter.Blasts.Composer;
using CrmTelnyx.Features.TextCenter.Compose;
using CrmTelnyx.Identity;
using CrmTelnyx.Tests.Features.Numbers;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using static CrmTelnyx.Tests.Features.TextCenter.Blasts.Composer.AudienceSeed;

namespace CrmTelnyx.Tests.Features.TextCenter.Blasts.Composer;

/// <summary>The composer opened on a saved draft (<c>?draft=id</c>) shows what it holds; a blast that is no draft is said so.</summary>
public sealed class ReopenDraftPageTests : IAsyncLifetime
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(15);
    private readonly CrmAppFactory app = new();
    private MudComponentContext context = default!;
    private const string Sender = "+12125550900";

    public async Task InitializeAsync()
    {
        await app.AddAsync([Person("Ann", "+12125550101", "NY", ConsentStatus.OptedIn, null, new Tag { Name = "vip" })]);
        await app.AddNumberAsync(Sender, n => n.State = "NY");
        context = new MudComponentContext(app);
    }

    public async Task DisposeAsync()
    {
        await context.DisposeAsync();
        app.Dispose();
    }

    private async Task<long> SaveAsync(BlastDraft draft, CreateBlast.When when)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<CreateBlast>().RunAsync(TextSenders.Staff, draft, when)).BlastId!.Value;
    }

    private IRenderedComponent<NewBlastPage> Open(string address)
    {
        context.SignInAs(app, AppRoles.Staff);
        context.Bunit.Services.GetRequiredService<NavigationManager>().NavigateTo(address);
        context.Render<MudPopoverProvider>();
        context.Render<MudDialogProvider>();
        return context.Render<NewBlastPage>();
    }

    [Fact]
    public async Task A_reopened_draft_fills_the_composer_and_offers_to_delete_it()
    {
        var id = await SaveAsync(new BlastDraft
        {
            Name = "Spring sale", Text = "Hi {firstName|there}", MediaUrl = "https://example.com/a.jpg", IsMarketing = false,
            Audience = new BlastAudience { Tags = ["vip"], States = ["NY"] }, Senders = [Sender], Rotation = RotationMode.LocalPresence,
        }, CreateBlast.When.Draft);

        var page = Open($"/text-center/blasts/new?draft={id}");

        page.WaitForAssertion(() => Assert.Equal(id.ToString(), page.Find("[data-editing-draft]").GetAttribute("data-editing-draft")), Wait);
        Assert.Equal("Spring sale", page.Find("#blast-name").GetAttribute("value"));
        Assert.Equal("Hi {firstName|there}", page.Find("#blast-text").TextContent.Trim() is { Length: > 0 } t ? t : page.Find("#blast-text").GetAttribute("value"));
        Assert.Contains("Not marketing", page.Find("[data-footer]").TextContent);
        Assert.Contains("vip", page.Find("[data-audience-tags]").ParentElement!.OuterHtml);
        Assert.NotNull(page.Find("[data-delete-draft]"));
        page.WaitForAssertion(() => Assert.Equal("1", page.Find("[data-audience-count]").GetAttribute("data-audience-count")), Wait);
        Assert.Contains("Edit draft", page.Markup);
    }

    [Fact]
    public async Task A_blast_that_is_no_longer_a_draft_or_does_not_exist_is_said_so_instead_of_the_composer()
    {
        var id = await SaveAsync(new BlastDraft { Name = "Sent one", Text = "Hi", Senders = [Sender], ScheduledFor = DateTimeOffset.UtcNow.AddDays(3) }, CreateBlast.When.Later);

        var page = Open($"/text-center/blasts/new?draft={id}");

        page.WaitForAssertion(() => Assert.Contains("“Sent one” is no longer a draft (it is scheduled), so it cannot be edited.",
            page.Find("[data-draft-unavailable]").TextContent), Wait);
        Assert.Empty(page.FindAll("[data-blast-composer]"));
    }

    [Fact]
    public void A_link_picking_more_contacts_than_a_link_may_carry_says_so_and_keeps_the_first_ones()
    {
        var page = Open("/text-center/blasts/new?contacts=" + string.Join(",", Enumerable.Range(1, BlastAudience.MaxPickedInLink + 1)));

        page.WaitForAssertion(() => Assert.Equal(BlastAudience.MaxPickedInLink.ToString(), page.Find("[data-audience-picked]").GetAttribute("data-audience-picked")), Wait);
        Assert.Contains("The link picked 501 contacts; at most 500 can be picked. Save a filter on the contact list to text a bigger audience",
            page.Find("[data-blast-errors]").TextContent);
    }
}
