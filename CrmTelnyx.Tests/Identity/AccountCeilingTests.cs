using System.Net;
using CrmTelnyx.Features.Users;
using CrmTelnyx.Identity;
using CrmTelnyx.Tests.Features.Users;
using CrmTelnyx.Tests.Infrastructure;

namespace CrmTelnyx.Tests.Identity;

/// <summary>An app whose account-wide ceiling is low (8 failures a day), so a "distributed attack" is a few addresses.</summary>
public sealed class LowCeilingApp : SignInKestrelApp
{
    public LowCeilingApp()
    {
        Settings["SignIn:FailuresPerAccount"] = "8";
        Settings["SignIn:Window"] = "1.00:00:00";
    }
}

public sealed class AccountCeilingTests(LowCeilingApp app) : IClassFixture<LowCeilingApp>
{
    [Fact]
    public async Task Many_addresses_guessing_one_account_lock_it_an_unknown_email_answers_the_same_and_an_admin_unlocks_it()
    {
        var target = await app.CreateUserAsync("target@crm.test", "Target-Passw0rd1", "Staff");

        var known = await DistributedGuessesAsync("target@crm.test", network: 1);
        var unknown = await DistributedGuessesAsync("ghost@crm.test", network: 2);

        Assert.Equal(known, unknown);
        Assert.All(known.Take(8), answer => Assert.Equal(PasswordSignIn.NotRight, answer.Words));
        Assert.All(known.Skip(8), answer => Assert.Contains("locked", answer.Words));
        var rightPassword = await SignInAnswer.Of(await app.ClientFrom("10.9.0.1").SignInAsync("target@crm.test", "Target-Passw0rd1"));
        Assert.Equal(known[^1], rightPassword);

        var unlocked = await app.RunAsync<SetUserAccess, UserChangeResult>(access => access.UnlockAsync(target.Id));

        Assert.True(unlocked.Succeeded);
        var afterUnlock = await app.ClientFrom("10.9.0.2").SignInAsync("target@crm.test", "Target-Passw0rd1");
        Assert.Equal(HttpStatusCode.Redirect, afterUnlock.StatusCode);
    }

    /// <summary>Three guesses from each of four addresses: each stays under its own limit, together they pass the ceiling.</summary>
    private async Task<List<SignInAnswer>> DistributedGuessesAsync(string email, int network)
    {
        var answers = new List<SignInAnswer>();
        for (var address = 1; address <= 4; address++)
        {
            var client = app.ClientFrom($"10.{network}.0.{address}");
            for (var guess = 1; guess <= 3; guess++)
                answers.Add(await SignInAnswer.Of(await client.SignInAsync(email, $"Wrong-Guess-{address}-{guess}")));
        }
        return answers;
    }
}
