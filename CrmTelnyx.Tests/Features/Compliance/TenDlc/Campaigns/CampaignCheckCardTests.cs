using AngleSharp.Dom;
using Bunit;
using CrmTelnyx.Components;
using CrmTelnyx.Features.Compliance.TenDlc.Campaigns;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace CrmTelnyx.Tests.Features.Compliance.TenDlc.Campaigns;

/// <summary>The 10DLC page's campaign check as an admin types into it: the findings follow the text, field by field.</summary>
public sealed class CampaignCheckCardTests : IAsyncLifetime
{
    private readonly MudComponentContext context = new();

    // Without brands the card only checks; its submit path is tested through the app (RegistrationFlowTests).
    public CampaignCheckCardTests() => context.Services.AddSingleton<UseCaseRunner>();

    // Generous: a busy machine renders slowly.
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(10);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await context.DisposeAsync();

    private static void Type(IRenderedComponent<CampaignCheckCard> card, string id, string text) => card.Find($"#{id}").Input(text);

    private static IReadOnlyList<string> Findings(IRenderedComponent<CampaignCheckCard> card) =>
        card.FindAll("[data-campaign-finding]").Select(f => $"{f.GetAttribute("data-campaign-field")}: {f.GetAttribute("data-campaign-finding")}").ToList();

    [Fact]
    public void An_empty_campaign_lists_what_is_missing_and_a_carefully_written_one_is_ready()
    {
        context.Render<MudPopoverProvider>();
        var card = context.Render<CampaignCheckCard>();
        Assert.Contains("Description: TooShort", Findings(card));
        Assert.Contains("Samples: TooFewSamples", Findings(card));

        Type(card, "campaign-brand", "Acme Plumbing, LLC");
        Type(card, "campaign-description", "Acme Plumbing texts its customers seasonal offers and service reminders, about twice a month.");
        Type(card, "campaign-flow", "Customers opt in by checking a box on the booking form agreeing to receive texts.");
        Type(card, "campaign-sample-1", "Acme Plumbing: winter special, 20% off water heater service until Jan 31.");
        Type(card, "campaign-sample-2", "Acme Plumbing: time for your yearly drain check, just reply YES to book.");
        Type(card, "campaign-help", "Acme Plumbing: for help call (312) 555-0100.");
        Type(card, "campaign-stop", "Acme Plumbing: you are unsubscribed and will receive no more messages.");

        // Written without a word on how to stop: the one thing left, and how to fix it.
        card.WaitForAssertion(() => Assert.Equal(["Samples: NoOptOutLanguage"], Findings(card)), Settle);
        Assert.Contains("Reply STOP to opt out", card.Find("[data-campaign-finding]").TextContent);

        Type(card, "campaign-sample-2", "Acme Plumbing: time for your yearly drain check, just reply YES to book. Reply STOP to opt out.");
        card.WaitForAssertion(() => card.Find("[data-campaign-ready]"), Settle);

        // A link in a sample wants the links switch on.
        Type(card, "campaign-sample-1", "Acme Plumbing: 20% off water heater service at acmeplumbing.com/winter until Jan 31.");
        card.WaitForAssertion(() => Assert.Equal(["Sample 1: LinkFlagMismatch"], Findings(card)), Settle);
        Switch(card, "Messages include links").Change(true);
        card.WaitForAssertion(() => card.Find("[data-campaign-ready]"), Settle);
    }

    [Fact]
    public void Samples_can_be_added_up_to_five_and_removed_down_to_two()
    {
        var card = context.Render<CampaignCheckCard>();

        for (var i = 0; i < 3; i++) card.Find("[data-campaign-add-sample] button, button[data-campaign-add-sample]").Click();

        Assert.NotNull(card.Find("#campaign-sample-5"));
        Assert.Empty(card.FindAll("[data-campaign-add-sample]"));
        card.Find("button[aria-label='Remove sample 5']").Click();
        Assert.Empty(card.FindAll("#campaign-sample-5"));
        Assert.NotEmpty(card.FindAll("[data-campaign-add-sample]"));
    }

    private static IElement Switch(IRenderedComponent<CampaignCheckCard> card, string label) =>
        card.FindAll("label").First(l => l.TextContent.Contains(label, StringComparison.Ordinal)).QuerySelector("input")!;
}
