using CrmTelnyx.Features.Users;
using CrmTelnyx.Identity;
using CrmTelnyx.Tests.Infrastructure;

namespace CrmTelnyx.Tests.Features.Users;

public sealed class AdminAccountSeederTests
{
    [Fact]
    public async Task Without_configured_credentials_the_first_start_creates_an_admin_and_prints_its_password_once()
    {
        using var first = new CrmAppFactory();
        first.Settings.Remove("Admin:Email");
        first.Settings.Remove("Admin:Password");
        first.CreateClient();

        var notice = first.FirstRunConsole.ToString();
        Assert.Contains(AdminOptions.DefaultEmail, notice);
        var password = notice.Split('\n').Single(l => l.Contains("Password:")).Split("Password:")[1].Trim();
        await first.CreateBrowserLikeClient().SignedInAsync(AdminOptions.DefaultEmail, password);

        using var second = CrmAppFactory.Restart(first.DataDirectory);
        second.Settings.Remove("Admin:Email");
        second.Settings.Remove("Admin:Password");
        second.CreateClient();
        Assert.Equal("", second.FirstRunConsole.ToString());
        await second.CreateBrowserLikeClient().SignedInAsync(AdminOptions.DefaultEmail, password);
    }

    [Fact]
    public async Task Configured_credentials_create_that_admin_and_print_no_password()
    {
        using var app = new CrmAppFactory();
        app.CreateClient();

        Assert.Equal("", app.FirstRunConsole.ToString());
        var admin = await app.WithUsersAsync(u => u.FindByEmailAsync(CrmAppFactory.AdminEmail));
        Assert.NotNull(admin);
        Assert.True(await app.WithUsersAsync(u => u.IsInRoleAsync(admin!, AppRoles.Admin)));
    }
}
