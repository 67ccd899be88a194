using Bunit;
using CrmTelnyx.Features.Numbers;
using CrmTelnyx.Identity;
using CrmTelnyx.Live;
using CrmTelnyx.Tests.Features.Users;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CrmTelnyx.Tests.Features.Numbers;

/// <summary>The Numbers page rendered with bUnit over the real app (its SQLite file and use cases).</summary>
public sealed class NumbersPageTests : IAsyncLifetime
{
    private readonly CrmAppFactory app = new();
    private MudComponentContext context = default!;

    public Task InitializeAsync() => Task.CompletedTask;

    private IRenderedComponent<MudProvidersHost> Render()
    {
        context = new MudComponentContext(app);
        context.Bunit.AddAuthorization().SetAuthorized(CrmAppFactory.AdminEmail).SetRoles(AppRoles.Admin);
        return context.Render<MudProvidersHost>(p => p.AddChildContent<NumbersPage>());
    }

    [Fact]
    public async Task Numbers_are_listed_for_people_with_state_health_campaign_cost_and_30_days()
    {
        var front = await app.AddNumberAsync("+13125550141", n => { n.FriendlyName = "Front desk"; n.TenDlcCampaignId = null; n.TenDlcAssignmentStatus = null; });
        await app.AddNumberAsync("+12125550142", n => { n.State = "NY"; n.HealthProblem = "Opt-outs 4% over the last 200 texts, above 2%"; n.HealthPaused = true; n.TenDlcCampaignId = "CX1234"; });
        await app.AddNumberAsync("+13125550143", n => n.Status = NumberStatus.Released);
        await app.AddAsync(NumberSeed.Outbound(front.PhoneNumber, DateTimeOffset.UtcNow.AddDays(-1)),
            NumberSeed.Outbound(front.PhoneNumber, DateTimeOffset.UtcNow.AddDays(-1), "delivery_failed"),
            NumberSeed.Inbound(front.PhoneNumber, DateTimeOffset.UtcNow.AddHours(-1), "STOP"));

        var page = Render();

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-number]").Count));
        var link = page.Find("[data-number='+13125550141']");
        Assert.Equal("(312) 555-0141", link.TextContent);
        Assert.Equal($"/numbers/{front.Id}", link.GetAttribute("href"));
        var frontRow = link.Closest("tr")!;
        Assert.Contains("Front desk", frontRow.TextContent);
        Assert.Equal("IL", frontRow.QuerySelector("[data-number-state]")!.TextContent);
        Assert.Equal("$1.00", frontRow.QuerySelector("[data-number-cost]")!.TextContent);
        Assert.Equal("2/1", frontRow.QuerySelector("[data-number-texts]")!.GetAttribute("data-number-texts"));
        Assert.Equal("50%", frontRow.QuerySelector("[data-number-delivery]")!.TextContent);
        Assert.Equal("50%", frontRow.QuerySelector("[data-number-optouts]")!.TextContent);
        Assert.Equal("allowed", frontRow.QuerySelector("[data-number-blasts]")!.GetAttribute("data-number-blasts"));
        Assert.Equal("Not registered", frontRow.QuerySelector("[data-number-10dlc]")!.GetAttribute("data-number-10dlc"));

        var flagged = page.Find("[data-number='+12125550142']").Closest("tr")!;
        Assert.Equal("off", flagged.QuerySelector("[data-number-blasts]")!.GetAttribute("data-number-blasts"));
        Assert.Equal("Opt-outs 4% over the last 200 texts, above 2%", flagged.QuerySelector("[data-number-health]")!.GetAttribute("data-number-health"));
        Assert.Contains("CX1234", flagged.TextContent);
        Assert.Empty(page.FindAll("[data-number='+13125550143']"));
    }

    [Fact]
    public async Task Released_numbers_show_when_asked_for()
    {
        await app.AddNumberAsync("+13125550151");
        await app.AddNumberAsync("+13125550152", n => n.Status = NumberStatus.Released);
        var page = Render();
        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-number]")));

        page.Find("[data-number-filters] .mud-switch input").Change(true);

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-number]").Count));
        Assert.Equal("Released", page.Find("[data-number='+13125550152']").Closest("tr")!.QuerySelector("[data-number-status]")!.GetAttribute("data-number-status"));
    }

    [Fact]
    public async Task A_number_added_elsewhere_appears_without_a_reload()
    {
        await app.AddNumberAsync("+13125550161");
        var page = Render();
        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-number]")));

        await app.AddNumberAsync("+13125550162", n => n.State = "WI");
        await app.Services.GetRequiredService<ILiveNotifier>().PublishChangedAsync();

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-number]").Count), TimeSpan.FromSeconds(10));
        Assert.Equal("WI", page.Find("[data-number='+13125550162']").Closest("tr")!.QuerySelector("[data-number-state]")!.TextContent);
    }

    [Fact]
    public void A_new_admin_is_told_to_sync_or_buy()
    {
        var page = Render();

        page.WaitForAssertion(() => Assert.Contains("press Sync from Telnyx to bring them in", page.Find("[data-no-numbers]").TextContent));
        Assert.Equal("/numbers/buy", page.Find("[data-buy-numbers]").GetAttribute("href"));
    }

    [Fact]
    public void A_sync_Telnyx_refuses_is_explained_in_words()
    {
        app.Settings["Telnyx:ApiKey"] = "KEY-test";
        app.Settings["Telnyx:PublicKey"] = new TelnyxWebhookSigner().PublicKeyBase64;
        app.Settings["Telnyx:BaseUrl"] = "http://127.0.0.1:1/v2";
        app.Settings["Telnyx:Resilience:RetryBaseDelay"] = "00:00:00.010";
        var page = Render();
        page.WaitForAssertion(() => page.Find("[data-no-numbers]"));

        page.Find("button[data-sync-numbers]").Click();

        page.WaitForAssertion(() => Assert.Contains("Could not sync with Telnyx:", page.Find(".mud-snackbar").TextContent), TimeSpan.FromSeconds(30));
        page.WaitForAssertion(() => Assert.False(page.Find("button[data-sync-numbers]").HasAttribute("disabled")));
    }

    public async Task DisposeAsync()
    {
        if (context is not null) await context.DisposeAsync();
        await app.DisposeAsync();
    }
}
