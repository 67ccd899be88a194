using System.Net;
using CrmTelnyx.Features.Users;
using CrmTelnyx.Tests.Infrastructure;

namespace CrmTelnyx.Tests.Features.Users;

public sealed class CreateUserTests(CrmAppFactory app) : IClassFixture<CrmAppFactory>
{
    [Fact]
    public async Task An_admin_creates_a_user_who_can_then_sign_in_with_that_role()
    {
        var created = await app.CreateUserThroughAdminAsync("pat@crm.test", "Pat-Passw0rd1", "Agent");

        Assert.True(created.Succeeded, string.Join(" ", created.Errors));
        var pat = await app.FindUserAsync("pat@crm.test");
        Assert.Equal(created.UserId, pat.Id);
        Assert.Equal("Pat Example", pat.DisplayName);
        Assert.Equal(["Agent"], await app.WithUsersAsync(u => u.GetRolesAsync(pat)));
        var client = await app.CreateBrowserLikeClient().SignedInAsync("pat@crm.test", "Pat-Passw0rd1");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/calls")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/users")).StatusCode);
    }

    [Fact]
    public async Task A_weak_password_is_explained_by_the_password_field_and_nothing_is_created()
    {
        var weak = await app.CreateUserThroughAdminAsync("weak@crm.test", "short", "Staff");

        Assert.False(weak.Succeeded);
        Assert.Contains(weak.ErrorsFor(nameof(NewUserInput.Password)), e => e.Contains("at least 10 characters"));
        Assert.Empty(weak.ErrorsFor(nameof(NewUserInput.Email)));
        Assert.Null(await app.WithUsersAsync(u => u.FindByEmailAsync("weak@crm.test")));
    }

    [Fact]
    public async Task A_taken_email_is_explained_once_by_the_email_field()
    {
        var taken = await app.CreateUserThroughAdminAsync(CrmAppFactory.AdminEmail, "Other-Passw0rd", "Staff");

        Assert.False(taken.Succeeded);
        var error = Assert.Single(taken.ErrorsFor(nameof(NewUserInput.Email)));
        Assert.Contains("already taken", error);
    }

    [Fact]
    public async Task What_is_missing_is_named_by_the_field_and_nothing_is_created()
    {
        var empty = await app.RunAsync<CreateUser, CreateUserResult>(u => u.CreateAsync(new NewUserInput { Role = "Owner" }));

        Assert.False(empty.Succeeded);
        Assert.Equal(["Enter the person's name."], empty.ErrorsFor(nameof(NewUserInput.DisplayName)));
        Assert.Equal(["Enter an email address."], empty.ErrorsFor(nameof(NewUserInput.Email)));
        Assert.Equal(["Enter a password."], empty.ErrorsFor(nameof(NewUserInput.Password)));
        Assert.Equal(["Choose one of the roles."], empty.ErrorsFor(nameof(NewUserInput.Role)));
    }

    [Fact]
    public async Task Name_and_email_are_kept_without_surrounding_spaces()
    {
        var created = await app.CreateUserThroughAdminAsync("  spaced@crm.test ", "Spaced-Passw0rd1", "Staff", name: "  Sam Spaced  ");

        Assert.True(created.Succeeded, string.Join(" ", created.Errors));
        Assert.Equal("Sam Spaced", (await app.FindUserAsync("spaced@crm.test")).DisplayName);
        await app.CreateBrowserLikeClient().SignedInAsync("spaced@crm.test", "Spaced-Passw0rd1");
    }
}
