using AngleSharp.Dom;
using Bunit;
using CrmTelnyx.Features.Contacts;
using CrmTelnyx.Features.TextCenter;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CrmTelnyx.Tests.Features.Contacts;

/// <summary>The contact page's form as a person fills it (bUnit, over the real app), and the page as first served.</summary>
public sealed class ContactPageTests : IAsyncLifetime
{
    private readonly CrmAppFactory app = new();
    private MudComponentContext context = default!;

    public Task InitializeAsync()
    {
        context = new MudComponentContext(app);
        context.Bunit.AddAuthorization().SetAuthorized(CrmAppFactory.AdminEmail);
        return Task.CompletedTask;
    }

    private IRenderedComponent<ContactPage> Open(long? id = null)
    {
        var page = context.Render<ContactPage>(p => p.Add(c => c.Id, id));
        page.WaitForElement("[data-contact-form]");
        return page;
    }

    /// <summary>The field whose label reads <paramref name="label"/> (a required field's label ends in " *").</summary>
    private static IElement Field(IRenderedComponent<ContactPage> page, string label) =>
        page.FindAll(".mud-input-control").Single(c => c.QuerySelector("label")?.TextContent.Trim().TrimEnd('*').Trim() == label);

    private static void Type(IRenderedComponent<ContactPage> page, string label, string value) =>
        page.Find($"#{Field(page, label).QuerySelector("input, textarea")!.Id}").Type(value);

    private static string ErrorBy(IRenderedComponent<ContactPage> page, string label) =>
        Field(page, label).QuerySelector(".mud-input-helper-text.mud-input-error")?.TextContent.Trim() ?? "";

    private static Task SaveAsync(IRenderedComponent<ContactPage> page) => page.Find("[data-contact-save]").ClickAsync(new());

    [Theory]
    [InlineData("555-0100", "", "", "Phone", "Too short: 7 digits, a US/Canada number has 10.")]
    [InlineData("(212) 555-01OO", "", "", "Phone", "Contains letters: 'OO'.")]
    [InlineData("", "", "", "Phone", "Enter a phone number.")]
    [InlineData("(212) 555-0100", "not-an-email", "", "Email", "Enter an email address like name@example.com.")]
    [InlineData("(212) 555-0100", "", "Narnia", "State / province", "'Narnia' is not a US state or Canadian province.")]
    public async Task Bad_input_is_explained_next_to_the_field_and_nothing_is_saved(string phone, string email, string state, string field, string message)
    {
        var page = Open();
        Type(page, "First name", "Ada");
        Type(page, "Phone", phone);
        Type(page, "Email", email);
        Type(page, "State / province", state);

        await SaveAsync(page);

        page.WaitForAssertion(() => Assert.Equal(message, ErrorBy(page, field)));
        Assert.Equal(0, await app.WithDbAsync(db => db.Contacts.CountAsync()));
    }

    [Fact]
    public async Task A_number_another_contact_has_is_refused_by_the_phone_field()
    {
        await app.CreateContactAsync("(212) 555-0188");
        var page = Open();
        Type(page, "Phone", "212.555.0188");

        await SaveAsync(page);

        page.WaitForAssertion(() => Assert.Equal(SaveContact.NumberTaken, ErrorBy(page, "Phone")));
        Type(page, "Phone", "212.555.0189");
        page.WaitForAssertion(() => Assert.Equal("", ErrorBy(page, "Phone")));
    }

    [Fact]
    public async Task Creating_a_contact_opens_its_page()
    {
        var page = Open();
        Type(page, "First name", "Ada");
        Type(page, "Phone", "(303) 555-0177");

        await SaveAsync(page);

        var id = await Eventually.ReturnsAsync(() => app.WithDbAsync(db => db.Contacts.Where(c => c.Phone == "+13035550177").Select(c => (long?)c.Id).SingleOrDefaultAsync()), id => id is not null);
        var navigation = context.Bunit.Services.GetRequiredService<NavigationManager>();
        page.WaitForAssertion(() => Assert.EndsWith($"/contacts/{id}", navigation.Uri));
    }

    [Fact]
    public async Task Saving_a_contact_someone_else_just_deleted_says_so_and_changes_nothing()
    {
        var id = await app.CreateContactAsync("(312) 555-0195");
        var page = Open(id);
        Type(page, "Phone", "(312) 555-0196");
        await app.WithDbAsync(db => db.Contacts.Where(c => c.Id == id).ExecuteUpdateAsync(s => s.SetProperty(c => c.DeletedAt, DateTime.UtcNow)));

        await SaveAsync(page);

        page.WaitForAssertion(() => Assert.Contains("That contact was deleted (perhaps by someone else), so nothing was changed.", page.Find("[data-contact-gone]").TextContent));
        Assert.False(await app.WithDbAsync(db => db.Contacts.AnyAsync(c => c.Phone == "+13125550196")));
    }

    [Fact]
    public async Task The_page_as_served_shows_the_number_the_consent_history_and_the_messages_exchanged()
    {
        var id = await app.CreateContactAsync("(206) 555-0193", "vip");
        await app.WithDbAsync(async db =>
        {
            db.Add(new Message { From = "+12065550193", To = "+13125550001", Text = "Is the shop open Sunday?",
                Direction = MessageDirection.Inbound, Status = "received", CreatedAt = DateTimeOffset.UtcNow });
            db.Add(new Message { From = "+13125550001", To = "+19999999999", Text = "Someone else", CreatedAt = DateTimeOffset.UtcNow });
            return await db.SaveChangesAsync();
        });
        var client = await app.SignedInAdminAsync();

        var page = await (await client.GetAsync($"/contacts/{id}")).ReadHtmlAsync();

        Assert.Contains("(206) 555-0193", page.VisibleText());
        Assert.NotNull(page.QuerySelector("[data-contact-tags] [data-tag=vip]"));
        Assert.Equal("Unknown", page.QuerySelector("[data-consent-card] [data-consent]")!.GetAttribute("data-consent"));
        Assert.Contains("Created", page.QuerySelector("[data-consent-history]")!.TextContent);
        var items = page.QuerySelectorAll("[data-timeline] [data-timeline-item]");
        Assert.Single(items);
        Assert.Contains("Is the shop open Sunday?", items[0].TextContent);
    }

    public async Task DisposeAsync()
    {
        await context.DisposeAsync();
        await app.DisposeAsync();
    }
}
