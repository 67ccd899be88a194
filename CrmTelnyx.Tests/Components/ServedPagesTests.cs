using System.Net;
using CrmTelnyx.Tests.Infrastructure;

namespace CrmTelnyx.Tests.Components;

/// <summary>What every page the app serves is built from: MudBlazor over the framework's script, nothing of the old stack.</summary>
public sealed class ServedPagesTests(CrmAppFactory app) : IClassFixture<CrmAppFactory>
{
    public static TheoryData<string> Pages =>
    [
        "/", "/contacts", "/contacts/new", "/contacts/import", "/text-center", "/calls", "/billing", "/numbers",
        "/users", "/settings", "/10dlc", "/webhooks/events", "/sandbox", "/status/404",
    ];

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task A_page_uses_MudBlazor_and_the_framework_script_and_no_htmx_or_Bootstrap(string path)
    {
        var client = await app.SignedInAdminAsync();

        var response = await client.GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("_framework/blazor.web.js", html);
        Assert.Contains("_content/MudBlazor/MudBlazor.min.css", html);
        // As markup and file names, not as letters anywhere: the page carries random base64 (the sandbox's public key,
        // Blazor's component state) that once spelled "htmx".
        Assert.DoesNotMatch(@"\shx-[a-z-]+=", html);
        Assert.DoesNotMatch(OldScript, html);
    }

    private static readonly System.Text.RegularExpressions.Regex OldScript =
        new(@"(htmx|bootstrap|signalr)(\.min)?\.(js|css)", System.Text.RegularExpressions.RegexOptions.IgnoreCase);

    [Fact]
    public async Task The_sign_in_page_is_served_without_the_old_stack_too()
    {
        var html = await (await app.CreateBrowserLikeClient().GetAsync("/account/login")).Content.ReadAsStringAsync();

        Assert.Contains("Sign in", html);
        // Its antiforgery token is random base64url, which may hold "hx-" as letters.
        Assert.DoesNotMatch(@"\shx-[a-z-]+=", html);
        Assert.DoesNotMatch(OldScript, html);
    }

    [Fact]
    public async Task The_framework_and_MudBlazor_assets_are_served()
    {
        var client = app.CreateBrowserLikeClient();

        foreach (var asset in new[] { "/_framework/blazor.web.js", "/_content/MudBlazor/MudBlazor.min.js", "/_content/MudBlazor/MudBlazor.min.css", "/css/app.css", "/CrmTelnyx.styles.css" })
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(asset)).StatusCode);
    }
}
