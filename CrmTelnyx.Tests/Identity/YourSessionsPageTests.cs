using System.Net;
using System.Security.Claims;
using Bunit;
using CrmTelnyx.Components.Account;
using CrmTelnyx.Identity;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Tests.Identity;

/// <summary>"Your sessions": where a person is signed in, and signing out one of their other browsers from here.</summary>
public sealed class YourSessionsPageTests : IAsyncLifetime
{
    private readonly CrmAppFactory app = new();
    private MudComponentContext context = default!;

    public Task InitializeAsync()
    {
        context = new MudComponentContext(app);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await context.DisposeAsync();
        app.Dispose();
    }

    [Fact]
    public async Task A_person_sees_their_browsers_and_signs_out_another_one_which_is_then_refused()
    {
        var user = await app.CreateUserAsync("sessions-page@crm.test", "SessionsPage-Passw0rd1", "Staff");
        await app.CreateUserAsync("sessions-other@crm.test", "SessionsOther-Passw0rd1", "Staff");
        var here = await app.CreateBrowserLikeClient().SignedInAsync("sessions-page@crm.test", "SessionsPage-Passw0rd1");
        var there = await app.CreateBrowserLikeClient().SignedInAsync("sessions-page@crm.test", "SessionsPage-Passw0rd1");
        await app.CreateBrowserLikeClient().SignedInAsync("sessions-other@crm.test", "SessionsOther-Passw0rd1");
        var ids = await app.WithDbAsync(db => db.UserSessions.Where(s => s.UserId == user.Id).OrderBy(s => s.CreatedAt).Select(s => s.Id).ToListAsync());
        var (hereId, thereId) = (ids[0], ids[1]);
        context.Bunit.AddAuthorization().SetAuthorized(user.Email!)
            .SetClaims(new Claim(ClaimTypes.NameIdentifier, user.Id), new Claim(SignInSessions.ClaimType, hereId.ToString()));

        var page = context.Render<YourSessions>();

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-session]").Count));
        Assert.Equal(hereId.ToString(), page.Find("[data-current-session]").GetAttribute("data-session"));
        Assert.Contains("This browser", page.Find("[data-current-session]").TextContent);
        Assert.Empty(page.Find("[data-current-session]").QuerySelectorAll("[data-end-session]"));

        page.Find($"[data-session='{thereId}'] [data-end-session]").Click();

        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-session]")));
        var refused = await there.GetAsync("/contacts");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Equal("/account/login", refused.Headers.Location!.AbsolutePath);
        Assert.Equal(HttpStatusCode.OK, (await here.GetAsync("/contacts")).StatusCode);
    }
}
