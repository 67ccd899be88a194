using CrmTelnyx.Tests.Infrastructure;

namespace CrmTelnyx.Tests.Features.Users;

public sealed class SetUserAccessTests(CrmAppFactory app) : IClassFixture<CrmAppFactory>
{
    [Fact]
    public async Task A_disabled_user_cannot_sign_in_until_enabled_again()
    {
        var leaver = await app.CreateUserAsync("leaver@crm.test", "Leaver-Passw0rd", "Staff");

        var disabled = await app.DisableUserAsync(leaver.Id);

        Assert.True(disabled.Succeeded);
        Assert.Contains("disabled", disabled.Done);
        Assert.True((await app.FindUserAsync("leaver@crm.test")).IsDisabled);
        var refused = await (await app.CreateBrowserLikeClient().SignInAsync("leaver@crm.test", "Leaver-Passw0rd")).ReadHtmlAsync();
        Assert.Contains("disabled", refused.QuerySelector("[data-sign-in-error]")!.TextContent);
        var guessed = await (await app.CreateBrowserLikeClient().SignInAsync("leaver@crm.test", "A-Wrong-Guess1")).ReadHtmlAsync();
        Assert.Contains("email or password is not right", guessed.QuerySelector("[data-sign-in-error]")!.TextContent);

        var enabled = await app.EnableUserAsync(leaver.Id);

        Assert.True(enabled.Succeeded);
        await app.CreateBrowserLikeClient().SignedInAsync("leaver@crm.test", "Leaver-Passw0rd");
    }

    [Fact]
    public async Task Guessing_a_disabled_accounts_password_is_stopped_and_the_right_one_is_then_not_confirmed()
    {
        var gone = await app.CreateUserAsync("gone@crm.test", "Gone-Passw0rd1", "Staff");
        await app.DisableUserAsync(gone.Id);

        for (var guess = 1; guess <= 5; guess++)
            await app.CreateBrowserLikeClient().SignInAsync("gone@crm.test", $"Wrong-Guess-{guess}");
        var right = await (await app.CreateBrowserLikeClient().SignInAsync("gone@crm.test", "Gone-Passw0rd1")).ReadHtmlAsync();

        var error = right.QuerySelector("[data-sign-in-error]")!.TextContent;
        Assert.Contains("Too many sign-in attempts", error);
        Assert.DoesNotContain("disabled", error);
    }

    [Fact]
    public async Task An_admin_unlocks_an_account_locked_by_wrong_guesses()
    {
        var locked = await app.CreateUserAsync("locked@crm.test", "Locked-Passw0rd1", "Staff");
        // What the account-wide ceiling does after many guesses from many addresses (Identity/AccountCeilingTests).
        await app.WithUsersAsync(async users => await users.SetLockoutEndDateAsync((await users.FindByIdAsync(locked.Id))!, DateTimeOffset.UtcNow.AddMinutes(15)));
        var refused = await (await app.CreateBrowserLikeClient().SignInAsync("locked@crm.test", "Locked-Passw0rd1")).ReadHtmlAsync();
        Assert.Contains("locked", refused.QuerySelector("[data-sign-in-error]")!.TextContent);

        var unlocked = await app.RunAsync<CrmTelnyx.Features.Users.SetUserAccess, CrmTelnyx.Features.Users.UserChangeResult>(u => u.UnlockAsync(locked.Id));

        Assert.True(unlocked.Succeeded);
        await app.CreateBrowserLikeClient().SignedInAsync("locked@crm.test", "Locked-Passw0rd1");
    }

    [Fact]
    public async Task An_unknown_user_is_refused_in_words()
    {
        var result = await app.DisableUserAsync("no-such-id");

        Assert.Equal(["There is no such user."], result.Errors);
    }
}
