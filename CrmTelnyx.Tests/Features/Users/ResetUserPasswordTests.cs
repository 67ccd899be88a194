using System.Net;
using CrmTelnyx.Tests.Infrastructure;

namespace CrmTelnyx.Tests.Features.Users;

public sealed class ResetUserPasswordTests(CrmAppFactory app) : IClassFixture<CrmAppFactory>
{
    [Fact]
    public async Task An_admin_resets_a_password_and_only_the_new_one_works()
    {
        var forgetful = await app.CreateUserAsync("forgetful@crm.test", "Forgetful-Passw0rd", "Staff");

        var reset = await app.ResetPasswordAsync(forgetful.Id, "Brand-New-Passw0rd");

        Assert.True(reset.Succeeded);
        Assert.Contains("password was changed", reset.Done);
        // A refused sign-in answers the form again (200); a successful one redirects.
        Assert.Equal(HttpStatusCode.OK, (await app.CreateBrowserLikeClient().SignInAsync("forgetful@crm.test", "Forgetful-Passw0rd")).StatusCode);
        await app.CreateBrowserLikeClient().SignedInAsync("forgetful@crm.test", "Brand-New-Passw0rd");
    }

    [Fact]
    public async Task A_weak_new_password_is_refused_in_words_and_the_old_one_still_works()
    {
        var user = await app.CreateUserAsync("steady@crm.test", "Steady-Passw0rd1", "Staff");

        var reset = await app.ResetPasswordAsync(user.Id, "weak");

        Assert.False(reset.Succeeded);
        Assert.Contains(reset.Errors, e => e.Contains("at least 10 characters"));
        await app.CreateBrowserLikeClient().SignedInAsync("steady@crm.test", "Steady-Passw0rd1");
    }
}
