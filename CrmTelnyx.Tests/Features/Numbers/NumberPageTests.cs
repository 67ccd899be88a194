using System.Net;
using AngleSharp.Dom;
using Bunit;
using CrmTelnyx.Features.Numbers;
using CrmTelnyx.Identity;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace CrmTelnyx.Tests.Features.Numbers;

/// <summary>A number's page as an admin sees it (bUnit over the real app), and as others are refused it.</summary>
public sealed class NumberPageTests : IAsyncLifetime
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);
    private readonly CrmAppFactory app = new();
    private MudComponentContext context = default!;

    public Task InitializeAsync()
    {
        context = new MudComponentContext(app);
        context.Bunit.AddAuthorization().SetAuthorized(CrmAppFactory.AdminEmail).SetRoles(AppRoles.Admin);
        context.Render<MudPopoverProvider>();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await context.DisposeAsync();
        await app.DisposeAsync();
    }

    private Task<long> AddAsync(string phone, string telnyxId, Action<CompanyNumber>? change = null) => app.WithDbAsync(async db =>
    {
        var at = new DateTime(2026, 11, 2, 15, 30, 0, DateTimeKind.Utc);
        var number = new CompanyNumber
        {
            PhoneNumber = phone, TelnyxId = telnyxId, TelnyxStatus = "active", Status = NumberStatus.Active, Kind = NumberKind.Local, State = "IL",
            CanSms = true, CanMms = true, CanVoice = true, MonthlyCost = 1.00m, UpfrontCost = 0m, CostCurrency = "USD", PurchasedAt = at,
            MessagingProfileId = "profile-1", ConnectionId = "connection-1", CreatedAt = at, UpdatedAt = at,
            TenDlcCampaignId = NumberSeed.SeededCampaignId, TenDlcAssignmentStatus = "ASSIGNED", TenDlcCampaignActive = true,
        };
        change?.Invoke(number);
        db.CompanyNumbers.Add(number);
        db.NumberAuditEntries.Add(new NumberAuditEntry { Number = number, Action = NumberAuditAction.Imported, Details = "Found on the Telnyx account (active).", Actor = "Sync", At = at });
        await db.SaveChangesAsync();
        return number.Id;
    });

    private IRenderedComponent<NumberPage> Open(long id)
    {
        var page = context.Render<NumberPage>(p => p.Add(c => c.Id, id));
        page.WaitForAssertion(() => Assert.Empty(page.FindAll(".mud-progress-linear")), Wait);
        return page;
    }

    private static string Detail(IRenderedComponent<NumberPage> page, string name) =>
        string.Join(' ', page.Find($"[data-detail={name}]").TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    [Fact]
    public async Task An_admin_sees_the_number_its_details_and_its_history()
    {
        var id = await AddAsync("+13125550161", "1293384261075731499", n => n.FriendlyName = "Front desk");

        var page = Open(id);

        Assert.Equal("(312) 555-0161", page.Find("h1").TextContent.Trim());
        Assert.Equal("Front desk", Detail(page, "friendly-name"));
        Assert.Equal("Illinois (IL)", Detail(page, "state"));
        Assert.Equal("Local", Detail(page, "type"));
        Assert.Equal("SMS, MMS, Voice", Detail(page, "features"));
        Assert.Equal("Active (Telnyx: active)", Detail(page, "status"));
        Assert.Equal("On", Detail(page, "blasts"));
        Assert.Equal("seeded-campaign · assigned", Detail(page, "campaign"));
        Assert.Equal("1.00 USD", Detail(page, "monthly-cost"));
        Assert.Equal("0.00 USD", Detail(page, "upfront-cost"));
        Assert.Equal("2026-11-02 15:30 UTC", Detail(page, "purchased"));
        Assert.Equal("—", Detail(page, "released"));
        Assert.Equal("1293384261075731499", Detail(page, "telnyx-id"));
        Assert.Equal(("profile-1", "connection-1"), (Detail(page, "messaging-profile"), Detail(page, "connection")));
        Assert.NotNull(page.Find("a[data-back-to-numbers][href='numbers']"));
        Assert.Contains("Found on the Telnyx account (active).", page.Find("[data-number-audit]").TextContent);
        Assert.Contains("2026-11-02 15:30 UTC by Sync", page.Find("[data-number-audit]").TextContent);
    }

    [Fact]
    public async Task Renaming_on_the_page_saves_and_shows_the_change_at_the_top_of_the_history()
    {
        var id = await AddAsync("+13125550162", "1293384261075731500");
        var page = Open(id);

        page.Find("input[data-field=friendly-name], [data-field=friendly-name] input").Input("Sales line");
        await page.InvokeAsync(() => page.Find("[data-number-save]").ClickAsync(new()));

        page.WaitForAssertion(() => Assert.Equal("Sales line", Detail(page, "friendly-name")), Wait);
        var newest = page.FindAll("[data-audit-entry]")[0];
        Assert.Equal("Edited", newest.GetAttribute("data-audit-entry"));
        Assert.Equal("Friendly name: '' → 'Sales line'", newest.QuerySelector("[data-audit-details]")!.TextContent);
        Assert.Equal(CrmAppFactory.AdminEmail, newest.QuerySelector("[data-audit-actor]")!.TextContent);
        Assert.Contains(context.Bunit.Services.GetRequiredService<ISnackbar>().ShownSnackbars, s => s.Message == "Saved. Friendly name: '' → 'Sales line'.");
    }

    [Fact]
    public async Task Another_admins_edit_shows_without_a_reload_and_saving_over_it_asks_first()
    {
        var id = await AddAsync("+13125550166", "1293384261075731503");
        var page = Open(id);
        var loaded = await app.LoadNumberFormAsync(id);
        var theirs = await app.LoadNumberFormAsync(id);
        theirs.FriendlyName = "Front desk";
        theirs.State = "WI";

        Assert.True((await app.EditNumberAsync(id, theirs, loaded, actor: "grace@crm.test")).Saved);

        // The live feed brings their change into the details and the history; the form keeps what it held.
        page.WaitForAssertion(() => Assert.Equal("Front desk", Detail(page, "friendly-name")), Wait);
        Assert.Equal("Wisconsin (WI)", Detail(page, "state"));
        Assert.Contains("grace@crm.test", page.FindAll("[data-audit-entry]")[0].TextContent);
        page.Find("input[data-field=friendly-name], [data-field=friendly-name] input").Input("Sales line");
        // Found and clicked in one go: the page's cards (inbound calls, health) may render in between.
        await page.InvokeAsync(() => page.Find("[data-number-save]").ClickAsync(new()));

        page.WaitForAssertion(() => Assert.Contains("grace@crm.test changed this number at", page.Find("[data-number-conflict]").TextContent), Wait);
        Assert.Equal(["FriendlyName", "State"], page.FindAll("[data-conflict-field]").Select(f => f.GetAttribute("data-conflict-field")));
        Assert.Contains("Theirs Wisconsin (WI)", page.Find("[data-conflict-field=State]").TextContent);
        Assert.Contains("Yours Illinois (IL)", page.Find("[data-conflict-field=State]").TextContent);
        Assert.Equal("Front desk", (await app.NumberAsync(id)).FriendlyName);

        await page.InvokeAsync(() => page.Find("[data-conflict-reload]").ClickAsync(new()));

        page.WaitForAssertion(() => Assert.Empty(page.FindAll("[data-number-conflict]")), Wait);
        Assert.Equal("Front desk", page.Find("input[data-field=friendly-name], [data-field=friendly-name] input").GetAttribute("value"));
    }

    [Fact]
    public async Task The_friendly_name_shows_its_limit_by_the_field()
    {
        var id = await AddAsync("+13125550163", "1293384261075731501");
        var page = Open(id);
        var input = () => page.Find("input[data-field=friendly-name], [data-field=friendly-name] input");

        Assert.Equal("101", input().GetAttribute("maxlength"));
        input().Input(new string('x', 101));

        page.WaitForAssertion(() => Assert.StartsWith("At most 100 characters",
            input().Closest(".mud-input-control")!.QuerySelector(".mud-input-helper-text.mud-input-error")?.TextContent.Trim()), Wait);
        Assert.Contains("101 / 100", input().Closest(".mud-input-control")!.TextContent);
    }

    [Fact]
    public async Task A_released_number_says_so_and_offers_neither_the_form_nor_release()
    {
        var id = await AddAsync("+13125550164", "1293384261075731502", n =>
        {
            n.Status = NumberStatus.Released;
            n.TelnyxStatus = "deleted";
            n.ReleasedAt = new DateTime(2026, 11, 20, 9, 5, 0, DateTimeKind.Utc);
        });

        var page = Open(id);

        Assert.Contains("Released on 2026-11-20 09:05 UTC", page.Find("[data-number-released]").TextContent);
        Assert.Equal("(312) 555-0164 was released on 2026-11-20 (UTC), so it can no longer be edited.", page.Find("[data-number-not-editable]").TextContent);
        Assert.Empty(page.FindAll("[data-number-form]"));
        Assert.Empty(page.FindAll("[data-number-release]"));
        Assert.Equal("Released (Telnyx: deleted)", Detail(page, "status"));
    }

    [Fact]
    public async Task A_number_still_being_ordered_cannot_be_released_yet_and_says_why()
    {
        var id = await app.AddPendingNumberAsync("+13125550165");

        var page = Open(id);

        Assert.True(page.Find("button[data-number-release]").HasAttribute("disabled"));
        Assert.Contains("cannot be released until the order completes", page.Find("[data-number-pending]").TextContent);
        Assert.Equal("— (order pending)", Detail(page, "telnyx-id"));
    }

    [Fact]
    public async Task An_unknown_id_shows_a_plain_not_found_page_with_the_way_back()
    {
        var admin = await app.SignedInAdminAsync();

        var response = await admin.GetAsync("/numbers/987654");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await response.ReadHtmlAsync();
        Assert.Equal("Number not found", document.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("The company has no number with this id.", document.QuerySelector("[data-number-missing]")!.TextContent);
        Assert.NotNull(document.QuerySelector("[data-number-missing] a[href='numbers']"));
    }

    [Theory]
    [InlineData(AppRoles.Manager)]
    [InlineData(AppRoles.Staff)]
    [InlineData(AppRoles.Agent)]
    public async Task Anyone_but_an_admin_is_refused(string role)
    {
        var id = await AddAsync("+13125550170", "1293384261075731510");
        var email = $"numbers-{role.ToLowerInvariant()}@crm.test";
        await app.CreateUserAsync(email, "Numbers-Passw0rd1", role);
        var client = await app.CreateBrowserLikeClient().SignedInAsync(email, "Numbers-Passw0rd1");

        var response = await client.GetAsync($"/numbers/{id}");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.DoesNotContain("(312) 555", await response.Content.ReadAsStringAsync());
    }
}
