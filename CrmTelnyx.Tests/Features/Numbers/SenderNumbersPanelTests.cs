using Bunit;
using CrmTelnyx.Features.Numbers;
using CrmTelnyx.Features.TextCenter;
using CrmTelnyx.Identity;
using CrmTelnyx.Live;
using CrmTelnyx.Tests.Features.TextCenter;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CrmTelnyx.Tests.Features.Numbers;

/// <summary>The sender phone numbers panel lists only numbers a blast may use now, with their health and recent use.</summary>
public sealed class SenderNumbersPanelTests : IAsyncLifetime
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(15);
    private readonly CrmAppFactory app = new();
    private MudComponentContext context = default!;

    public async Task InitializeAsync()
    {
        context = new MudComponentContext(app);
        await app.AddNumberAsync("+13125550101", n => n.FriendlyName = "Front desk");
        await app.AddNumberAsync("+13125550102", n => n.HealthProblem = "Delivered 85% of 120 texts in the last 7 days (below 90%).");
        await app.AddNumberAsync("+13125550103", n => n.BlastsEnabled = false);
        await app.AddNumberAsync("+13125550104", n => { n.HealthPaused = true; n.HealthProblem = "Delivered 50% of 100 texts in the last 7 days (below 90%)."; });
        await app.AddNumberAsync("+13125550105", n => { n.Status = NumberStatus.Released; n.ReleasedAt = DateTime.UtcNow; });
        await app.AddNumberAsync("+13125550106", n => n.Status = NumberStatus.Inactive);
        await app.AddNumberAsync("+13125550107", n => n.CanSms = false);
    }

    public async Task DisposeAsync()
    {
        await context.DisposeAsync();
        app.Dispose();
    }

    private IRenderedComponent<SenderNumbersPanel> Render(string role, Action<ComponentParameterCollectionBuilder<SenderNumbersPanel>>? parameters = null)
    {
        context.SignInAs(app, role);
        var panel = context.Render(parameters);
        panel.WaitForAssertion(() => Assert.NotEmpty(panel.FindAll("[data-sender]")), Wait);
        return panel;
    }

    private static List<string?> Listed(IRenderedComponent<SenderNumbersPanel> panel) =>
        panel.FindAll("[data-sender]").Select(e => e.GetAttribute("data-sender")).ToList();

    [Fact]
    public void Only_numbers_a_blast_may_use_are_listed_with_their_health_and_paused_ones_are_counted()
    {
        var panel = Render(AppRoles.Staff);

        Assert.Equal(["+13125550101", "+13125550102"], Listed(panel));
        Assert.Contains("Front desk", panel.Find("[data-sender='+13125550101']").TextContent);
        Assert.Equal("flagged", panel.Find("[data-sender='+13125550102']").GetAttribute("data-sender-health"));
        Assert.Contains("Delivered 85% of 120 texts", panel.Find("[data-sender='+13125550102'] [data-sender-problem]").TextContent);
        Assert.Contains("1 more number is paused by the health check", panel.Find("[data-senders-paused]").TextContent);
    }

    [Fact]
    public async Task Usage_shows_texts_of_the_last_7_and_30_days_and_follows_new_texts()
    {
        var now = DateTimeOffset.UtcNow;
        await app.TextsAsync("+13125550101", now.AddDays(-2), delivered: 2);
        await app.TextsAsync("+13125550101", now.AddDays(-20), delivered: 3);
        await app.TextsAsync("+13125550101", now.AddDays(-40), delivered: 4);
        var panel = Render(AppRoles.Staff);

        Assert.Contains("2 sent in 7 days · 5 in 30 days", panel.Find("[data-sender='+13125550101'] [data-sender-usage]").TextContent);
        Assert.Contains("never used", panel.Find("[data-sender='+13125550102'] [data-sender-usage]").TextContent);

        await app.TextsAsync("+13125550102", now, delivered: 1);
        await app.Services.GetRequiredService<LiveFeed>().PublishAsync(MessageLiveEvents.Topic, MessageLiveEvents.StatusChanged, null);
        panel.WaitForAssertion(() =>
            Assert.Contains("1 sent in 7 days", panel.Find("[data-sender='+13125550102'] [data-sender-usage]").TextContent), Wait);
    }

    [Fact]
    public void Admins_get_a_link_to_add_numbers_and_others_are_told_who_adds_them()
    {
        var staff = Render(AppRoles.Staff);
        Assert.Empty(staff.FindAll("[data-add-numbers]"));
        Assert.NotNull(staff.Find("[data-add-numbers-note]"));
    }

    [Fact]
    public void An_admin_sees_the_add_numbers_link()
    {
        var admin = Render(AppRoles.Admin);
        Assert.Equal("/numbers/buy", admin.Find("a[data-add-numbers]").GetAttribute("href"));
        Assert.Empty(admin.FindAll("[data-add-numbers-note]"));
    }

    [Fact]
    public void When_selectable_a_click_picks_a_number_for_the_composer()
    {
        IReadOnlyCollection<string>? picked = null;
        var panel = Render(AppRoles.Staff, p => p
            .Add(x => x.Selectable, true)
            .Add(x => x.SelectedChanged, (IReadOnlyCollection<string> values) => picked = values));

        panel.Find("[data-sender='+13125550102']").Click();

        panel.WaitForAssertion(() => Assert.Equal(["+13125550102"], picked!), Wait);
    }
}
