using AngleSharp.Dom;
using Bunit;
using CrmTelnyx.Features.Compliance;
using CrmTelnyx.Features.Contacts;
using CrmTelnyx.Features.TextCenter;
using CrmTelnyx.Features.Users;
using CrmTelnyx.Identity;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace CrmTelnyx.Tests.Features.Contacts;

/// <summary>
/// Every form's limits shown by their field (bUnit over the real app): one character past a limit — as far as the
/// browser lets a person type or paste (maxlength is the limit + 1) — says "At most N characters" under the field.
/// </summary>
public sealed class FieldLimitFormTests : IAsyncLifetime
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);
    private readonly CrmAppFactory app = new();
    private MudComponentContext context = default!;

    public Task InitializeAsync()
    {
        context = new MudComponentContext(app);
        context.Bunit.AddAuthorization().SetAuthorized(CrmAppFactory.AdminEmail).SetRoles(AppRoles.Admin);
        // Pages that ask a policy themselves (the Text Center's form) get the app's own answer for the admin.
        context.Services.AddSingleton(app.Services.GetRequiredService<Microsoft.AspNetCore.Authorization.IAuthorizationService>());
        context.Render<MudPopoverProvider>();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await context.DisposeAsync();
        await app.DisposeAsync();
    }

    private static IElement ControlOf(IElement input) => input.Closest(".mud-input-control")!;

    private static string ErrorUnder(IElement input) =>
        ControlOf(input).QuerySelector(".mud-input-helper-text.mud-input-error")?.TextContent.Trim() ?? "";

    /// <summary>Types one character past the limit, as far as the browser lets it, and expects the words by the field.</summary>
    private static void TypePastLimit<T>(IRenderedComponent<T> page, Func<IElement> input, int limit) where T : Microsoft.AspNetCore.Components.IComponent
    {
        Assert.Equal((limit + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), input().GetAttribute("maxlength"));
        input().Type(new string('x', limit + 1));
        page.WaitForAssertion(() => Assert.StartsWith($"At most {limit:N0} characters", ErrorUnder(input())), Wait);
    }

    private IRenderedComponent<ContactPage> OpenContactPage()
    {
        var page = context.Render<ContactPage>(p => p.Add(c => c.Id, (long?)null));
        page.WaitForElement("[data-contact-form]");
        return page;
    }

    private static IElement ContactField(IRenderedComponent<ContactPage> page, string label) =>
        page.FindAll(".mud-input-control").Single(c => c.QuerySelector("label")?.TextContent.Trim().TrimEnd('*').Trim() == label).QuerySelector("input, textarea")!;

    [Theory]
    [InlineData("First name", ContactFieldLimits.FirstName)]
    [InlineData("Last name", ContactFieldLimits.LastName)]
    [InlineData("Company", ContactFieldLimits.Company)]
    [InlineData("Notes", ContactFieldLimits.Notes)]
    public async Task The_contact_form_says_at_most_N_characters_by_a_field_past_its_limit_and_saves_nothing(string label, int limit)
    {
        var page = OpenContactPage();
        ContactField(page, "Phone").Type("(212) 555-0160");

        TypePastLimit(page, () => ContactField(page, label), limit);
        await page.Find("[data-contact-save]").ClickAsync(new());

        Assert.Equal(0, await app.WithDbAsync(db => db.Contacts.CountAsync()));
    }

    [Fact]
    public void The_notes_field_counts_its_characters_against_the_limit()
    {
        var page = OpenContactPage();
        ContactField(page, "Notes").Type("Called twice");

        page.WaitForAssertion(() => Assert.Contains("12 / 4000", ControlOf(ContactField(page, "Notes")).TextContent), Wait);
    }

    [Theory]
    [InlineData("a@b")]
    [InlineData("a@x.com<script>")]
    public void The_contact_form_refuses_an_odd_email_by_the_field(string email)
    {
        var page = OpenContactPage();
        ContactField(page, "Email").Type(email);

        page.WaitForAssertion(() => Assert.Equal("Enter an email address like name@example.com.", ErrorUnder(ContactField(page, "Email"))), Wait);
    }

    [Fact]
    public void A_custom_field_past_its_limit_is_explained_by_the_custom_fields_box()
    {
        var page = OpenContactPage();
        page.Find("[data-field=custom-fields] textarea, textarea[data-field=custom-fields]").Type("Account = " + new string('9', 501));

        page.WaitForAssertion(() => Assert.Equal("The custom field \"Account\" is 501 characters long; at most 500.",
            ErrorUnder(page.Find("[data-field=custom-fields] textarea, textarea[data-field=custom-fields]"))), Wait);
    }

    [Fact]
    public void A_tag_typed_past_50_characters_is_explained_by_the_tags_field_and_not_added()
    {
        List<string>? changed = null;
        var field = context.Render<ContactTagsField>(p => p.Add(c => c.Tags, ["vip"]).Add(c => c.TagsChanged, tags => changed = tags));

        field.Find("input[data-tag-input], [data-tag-input] input").Input(new string('t', 51));

        field.WaitForAssertion(() => Assert.Equal("The tag \"tttttttttttttttttttt…\" is 51 characters long; at most 50.",
            ErrorUnder(field.Find("input[data-tag-input], [data-tag-input] input"))), Wait);
        field.Find("input[data-tag-input], [data-tag-input] input").KeyDown(new Microsoft.AspNetCore.Components.Web.KeyboardEventArgs { Key = "Enter" });
        Assert.Null(changed);
    }

    [Fact]
    public async Task The_consent_reason_says_at_most_300_characters_and_nothing_is_recorded()
    {
        var id = await app.CreateContactAsync("(212) 555-0161");
        var card = context.Render<ConsentCard>(p => p.Add(c => c.ContactId, id).Add(c => c.Status, ConsentStatus.Unknown).Add(c => c.History, []));

        TypePastLimit(card, () => card.Find("[data-consent-reason] input, input[data-consent-reason]"), ConsentEvent.ReasonMaxLength);
        Assert.Contains("301 / 300", ControlOf(card.Find("[data-consent-reason] input, input[data-consent-reason]")).TextContent);
        await card.Find("[data-consent-record]").ClickAsync(new());

        Assert.Equal(ConsentStatus.Unknown, await app.WithDbAsync(db => db.Contacts.Where(c => c.Id == id).Select(c => c.Consent).SingleAsync()));
    }

    [Fact]
    public async Task The_bulk_tag_dialog_says_at_most_50_characters_by_the_tag()
    {
        var dialogs = context.Render<MudDialogProvider>();
        var service = context.Bunit.Services.GetRequiredService<IDialogService>();
        await dialogs.InvokeAsync(() => service.ShowAsync<BulkTagDialog>("Tag", new DialogParameters<BulkTagDialog> { { d => d.Count, 3 } }));

        TypePastLimit(dialogs, () => dialogs.Find("input[data-bulk-tag-name], [data-bulk-tag-name] input"), ContactFieldLimits.Tag);
    }

    [Fact]
    public void The_new_user_form_says_at_most_100_characters_by_the_name_and_refuses_an_odd_email()
    {
        var page = context.Render<UsersPage>();

        TypePastLimit(page, () => page.Find("input[data-new-user-field=name]"), AppUser.DisplayNameMaxLength);
        page.Find("input[data-new-user-field=email]").Type("a@b");
        page.WaitForAssertion(() => Assert.Equal("Enter an email address like name@example.com.", ErrorUnder(page.Find("input[data-new-user-field=email]"))), Wait);
    }

    [Fact]
    public void The_single_text_form_says_at_most_1600_characters_by_the_message()
    {
        var page = context.Render<TextCenterPage>();

        TypePastLimit(page, () => page.Find("#message"), SendSingleText.MaxLength);
    }
}
