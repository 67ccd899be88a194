using Bunit;
using CrmTelnyx.Features.Numbers;
using CrmTelnyx.Identity;
using CrmTelnyx.Tests.Features.TextCenter;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Tests.Features.Numbers;

/// <summary>The health card on a number's page: its state, reason and figures, and an admin clearing a pause.</summary>
public sealed class NumberHealthCardTests : IAsyncLifetime
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(15);
    private const string Problem = "Delivered 72% of 140 texts in the last 7 days (below 90%).";
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

    private IRenderedComponent<NumberHealthCard> Render(string role, long numberId)
    {
        context.SignInAs(app, role);
        context.Render<MudBlazor.MudSnackbarProvider>();
        var card = context.Render<NumberHealthCard>(p => p.Add(c => c.NumberId, numberId));
        card.WaitForAssertion(() => Assert.NotNull(card.Find("[data-health-state]")), Wait);
        return card;
    }

    /// <summary>The text as a person reads it: Razor's line breaks and indentation become single spaces.</summary>
    private static string Squashed(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    [Fact]
    public async Task A_healthy_number_shows_its_figures_and_when_it_will_be_judged()
    {
        var number = await app.AddNumberAsync("+13125550101");
        await app.TextsAsync(number.PhoneNumber, DateTimeOffset.UtcNow.AddDays(-1), delivered: 9, failed: 1);

        var card = Render(AppRoles.Admin, number.Id);

        Assert.Equal("healthy", card.Find("[data-health-state]").GetAttribute("data-health-state"));
        Assert.Contains("10 sent · delivered 90% of 10 finished · 0 opt-outs", Squashed(card.Find("[data-health-figures]").TextContent));
        Assert.Contains("Judged once it has sent 100 texts", card.Markup);
        Assert.Empty(card.FindAll("[data-clear-health]"));
    }

    [Fact]
    public async Task Staff_see_why_a_number_is_paused_but_cannot_clear_it()
    {
        var number = await app.AddNumberAsync("+13125550101", n => { n.HealthPaused = true; n.HealthProblem = Problem; });

        var card = Render(AppRoles.Staff, number.Id);

        Assert.Equal("paused", card.Find("[data-health-state]").GetAttribute("data-health-state"));
        Assert.Contains(Problem, card.Find("[data-health-problem]").TextContent);
        Assert.Empty(card.FindAll("[data-clear-health]"));
    }

    [Fact]
    public async Task An_admin_clears_a_paused_number_and_the_card_says_it_is_healthy()
    {
        var number = await app.AddNumberAsync("+13125550101", n => { n.HealthPaused = true; n.HealthProblem = Problem; n.HealthFlaggedAt = DateTime.UtcNow; });
        var card = Render(AppRoles.Admin, number.Id);
        Assert.Contains("Clear and resume blasts", card.Find("[data-clear-health]").TextContent);

        card.Find("[data-clear-health]").Click();

        card.WaitForAssertion(() => Assert.Equal("healthy", card.Find("[data-health-state]").GetAttribute("data-health-state")), Wait);
        var saved = await app.WithDbAsync(db => db.CompanyNumbers.AsNoTracking().SingleAsync(n => n.Id == number.Id));
        Assert.True(saved.CanSendBlasts);
        var entry = await app.WithDbAsync(db => db.NumberAuditEntries.AsNoTracking().SingleAsync(e => e.CompanyNumberId == number.Id));
        Assert.Equal((NumberAuditAction.HealthCleared, "admin@crm.test"), (entry.Action, entry.Actor));
    }
}
