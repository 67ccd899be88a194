using System.Security.Claims;
using CrmTelnyx.Identity;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CrmTelnyx.Tests.Identity;

/// <summary>The light/dark switch in the app bar is remembered with the person's account, so every browser and every visit follows it.</summary>
public sealed class UserPreferencesTests(CrmAppFactory app) : IClassFixture<CrmAppFactory>
{
    private static ClaimsPrincipal Person(string userId) => new(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, userId)], "Test"));

    private async Task<T> WithPreferencesAsync<T>(Func<UserPreferences, Task<T>> use)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await use(scope.ServiceProvider.GetRequiredService<UserPreferences>());
    }

    [Fact]
    public async Task Dark_mode_is_remembered_per_person_until_switched_back()
    {
        var dark = Person((await app.CreateUserAsync("night@crm.test", "Night-Passw0rd1", "Staff")).Id);
        var light = Person((await app.CreateUserAsync("day@crm.test", "Day-Passw0rd1", "Staff")).Id);
        Assert.False(await WithPreferencesAsync(p => p.PrefersDarkModeAsync(dark)));

        await WithPreferencesAsync(async p => { await p.SetDarkModeAsync(dark, true); return 0; });

        Assert.True(await WithPreferencesAsync(p => p.PrefersDarkModeAsync(dark)));
        Assert.False(await WithPreferencesAsync(p => p.PrefersDarkModeAsync(light)));

        await WithPreferencesAsync(async p => { await p.SetDarkModeAsync(dark, false); return 0; });

        Assert.False(await WithPreferencesAsync(p => p.PrefersDarkModeAsync(dark)));
    }

    [Fact]
    public async Task Someone_not_signed_in_gets_the_light_theme_and_changes_nothing()
    {
        var anonymous = new ClaimsPrincipal(new ClaimsIdentity());

        await WithPreferencesAsync(async p => { await p.SetDarkModeAsync(anonymous, true); return 0; });

        Assert.False(await WithPreferencesAsync(p => p.PrefersDarkModeAsync(anonymous)));
    }
}
