using AngleSharp.Dom;
using Bunit;
using CrmTelnyx.Features.Users;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Tests.Features.Users;

/// <summary>The users list and the new-user form, rendered with bUnit over the real app (its SQLite file and use cases).</summary>
public sealed class UsersPageTests(CrmAppFactory app) : IClassFixture<CrmAppFactory>, IAsyncLifetime
{
    private MudComponentContext context = default!;

    public Task InitializeAsync()
    {
        context = new MudComponentContext(app);
        return Task.CompletedTask;
    }

    public Task DisposeAsync() => context.DisposeAsync().AsTask();

    private IRenderedComponent<MudProvidersHost> RenderList()
    {
        var page = context.Render<MudProvidersHost>(p => p.AddChildContent<UsersPage>());
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-user-email]")));
        return page;
    }

    private static IElement RowOf(IRenderedComponent<MudProvidersHost> page, string email) =>
        page.Find($"[data-user-email='{email}']").Closest("tr")!;

    private static void Fill(IRenderedComponent<MudProvidersHost> page, string field, string value) =>
        page.Find($"input[data-new-user-field={field}]").Type(value);

    private static void ChooseRole(IRenderedComponent<MudProvidersHost> page, string role) =>
        page.FindAll("[data-new-user-field=role] label.mud-radio").Single(l => l.TextContent.TrimStart().StartsWith(role)).QuerySelector("input")!.Click();

    /// <summary>The error text MudBlazor shows under one field of the new-user form.</summary>
    private static string ErrorUnder(IRenderedComponent<MudProvidersHost> page, string field) =>
        page.Find($"input[data-new-user-field={field}]").Closest(".mud-input-control")!.QuerySelector(".mud-input-helper-text.mud-input-error")?.TextContent ?? "";

    [Fact]
    public async Task The_list_shows_each_user_with_roles_as_chips_status_and_creation_date()
    {
        var listed = await app.CreateUserAsync("listed@crm.test", "Listed-Passw0rd1", "Manager", "Staff");
        await app.DisableUserAsync(listed.Id);

        var page = RenderList();

        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-user-email='listed@crm.test']")));
        var row = RowOf(page, "listed@crm.test");
        Assert.Equal(["Manager", "Staff"], row.QuerySelectorAll("[data-user-role]").Select(c => c.GetAttribute("data-user-role")));
        Assert.Equal("disabled", row.QuerySelector("[data-user-status]")!.GetAttribute("data-user-status"));
        Assert.Equal("active", RowOf(page, CrmAppFactory.AdminEmail).QuerySelector("[data-user-status]")!.GetAttribute("data-user-status"));
        Assert.Contains($"users/{listed.Id}", row.InnerHtml);
    }

    [Fact]
    public async Task Searching_by_name_or_email_narrows_the_list()
    {
        await app.CreateUserAsync("findme@crm.test", "Findme-Passw0rd1", "Staff");
        var page = RenderList();

        page.Find("input[data-users-search]").Input("FINDME");

        page.WaitForAssertion(() => Assert.Equal(["findme@crm.test"], page.FindAll("[data-user-email]").Select(e => e.GetAttribute("data-user-email"))),
            TimeSpan.FromSeconds(10));

        page.Find("input[data-users-search]").Input("Administrator");

        page.WaitForAssertion(() => Assert.Equal([CrmAppFactory.AdminEmail], page.FindAll("[data-user-email]").Select(e => e.GetAttribute("data-user-email"))),
            TimeSpan.FromSeconds(10));
    }

    [Fact]
    public void An_empty_new_user_form_says_what_is_missing_by_each_field()
    {
        var page = RenderList();

        page.Find("[data-create-user]").Click();

        page.WaitForAssertion(() =>
        {
            Assert.Equal("Enter the person's name.", ErrorUnder(page, "name"));
            Assert.Equal("Enter an email address.", ErrorUnder(page, "email"));
            Assert.Equal("Enter a password.", ErrorUnder(page, "password"));
        });
    }

    [Fact]
    public async Task A_weak_password_or_a_taken_email_is_explained_by_its_field_and_nothing_is_created()
    {
        var page = RenderList();
        Fill(page, "name", "Wendy Weak");
        Fill(page, "email", "weak@crm.test");
        Fill(page, "password", "short");

        page.Find("[data-create-user]").Click();

        page.WaitForAssertion(() => Assert.Contains("at least 10 characters", ErrorUnder(page, "password")));
        Assert.Null(await app.WithUsersAsync(u => u.FindByEmailAsync("weak@crm.test")));

        Fill(page, "email", CrmAppFactory.AdminEmail);
        Fill(page, "password", "Other-Passw0rd1");
        page.Find("[data-create-user]").Click();

        page.WaitForAssertion(() => Assert.Contains("already taken", ErrorUnder(page, "email")));
        Assert.Equal("", ErrorUnder(page, "password"));
        Assert.Equal(0, await app.WithDbAsync(db => db.Users.CountAsync(u => u.DisplayName == "Wendy Weak")));
    }

    [Fact]
    public async Task Creating_a_user_says_so_and_lists_them_with_their_role()
    {
        var page = RenderList();
        Fill(page, "name", "Pat Example");
        Fill(page, "email", "pat.page@crm.test");
        Fill(page, "password", "Pat-Passw0rd1");
        ChooseRole(page, "Agent");

        page.Find("[data-create-user]").Click();

        page.WaitForAssertion(() => Assert.Contains("pat.page@crm.test was created", page.Find(".mud-snackbar").TextContent), TimeSpan.FromSeconds(10));
        page.WaitForAssertion(() => Assert.Equal(["Agent"], RowOf(page, "pat.page@crm.test").QuerySelectorAll("[data-user-role]").Select(c => c.TextContent.Trim())));
        Assert.Equal("", page.Find("input[data-new-user-field=email]").GetAttribute("value") ?? "");
        var pat = await app.FindUserAsync("pat.page@crm.test");
        Assert.Equal(["Agent"], await app.WithUsersAsync(u => u.GetRolesAsync(pat)));
    }
}
