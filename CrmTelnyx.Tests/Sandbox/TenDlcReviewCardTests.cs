using Bunit;
using CrmTelnyx.Sandbox;
using CrmTelnyx.Sandbox.Control;
using CrmTelnyx.Sandbox.TenDlc;
using CrmTelnyx.Tests.Infrastructure;
using MudBlazor;

namespace CrmTelnyx.Tests.Sandbox;

/// <summary>The control page's 10DLC review card: what a person sets there is what the registry decides with.</summary>
public sealed class TenDlcReviewCardTests(SandboxApp sandbox) : IClassFixture<SandboxApp>, IAsyncLifetime
{
    private MudComponentContext context = null!;
    private IRenderedComponent<MudSnackbarProvider> snackbars = null!;
    private SandboxRuntimeSettings Runtime => sandbox.Get<SandboxRuntimeSettings>();

    public Task InitializeAsync()
    {
        context = new MudComponentContext(sandbox.Factory);
        context.Render<MudPopoverProvider>();
        snackbars = context.Render<MudSnackbarProvider>();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        Runtime.TenDlcReview = TenDlcReviewSettings.Approving;
        await context.DisposeAsync();
    }

    [Fact]
    public void Rejecting_campaigns_with_a_reason_a_delay_and_a_score_is_saved_and_said()
    {
        var card = context.Render<TenDlcReviewCard>();
        Assert.Contains("Reject brands", card.Markup);
        Assert.Contains("Review delay (s)", card.Markup);
        Assert.Contains("Vetting score", card.Markup);
        Assert.Contains(TenDlcReviewSettings.DefaultReason, card.Markup);

        card.Find("[data-tendlc=reject-campaigns] input, input[data-tendlc=reject-campaigns]").Change(true);
        card.Find("#tendlc-reason").Input("Use case does not match the samples.");
        card.Find("#tendlc-delay").Input("1.5");
        card.Find("#tendlc-score").Input("90");
        card.Find("[data-tendlc=save]").Click();

        card.WaitForAssertion(() => Assert.Equal("ok", snackbars.Find("[data-sandbox-notice]").GetAttribute("data-sandbox-notice")));
        Assert.Contains("approves brands and rejects campaigns", snackbars.Find("[data-sandbox-notice]").TextContent);
        Assert.Equal(new TenDlcReviewSettings(false, true, "Use case does not match the samples.", 90), Runtime.TenDlcReview);
        Assert.Equal(1500, Runtime.TenDlcReviewDelayMs);
    }

    [Theory]
    [InlineData("tendlc-delay", "1e3")]
    [InlineData("tendlc-delay", "601")]
    [InlineData("tendlc-score", "101")]
    [InlineData("tendlc-score", "")]
    public void A_delay_or_score_out_of_range_is_refused_by_its_field_and_nothing_is_saved(string field, string typed)
    {
        var before = (Runtime.TenDlcReview, Runtime.TenDlcReviewDelayMs);
        var card = context.Render<TenDlcReviewCard>();

        card.Find($"#{field}").Input(typed);
        card.Find("[data-tendlc=save]").Click();

        card.WaitForAssertion(() => Assert.False(string.IsNullOrWhiteSpace(card.Find($"#{field}").Closest(".mud-input-control")!.QuerySelector(".mud-input-error")?.TextContent)));
        Assert.Equal(before, (Runtime.TenDlcReview, Runtime.TenDlcReviewDelayMs));
        Assert.Empty(snackbars.FindAll("[data-sandbox-notice]"));
    }

    [Fact]
    public void Rejecting_without_a_reason_is_refused_by_the_use_case()
    {
        var change = sandbox.Get<ChangeTenDlcReview>();

        var outcome = change.Change(new ChangeTenDlcReview.Review(true, false, "  ", 3, 40));

        Assert.False(outcome.Accepted);
        Assert.False(Runtime.TenDlcReview.RejectBrands);
    }

    [Theory]
    [InlineData(false, 100, "A", 4500, "UNCAPPED")]
    [InlineData(false, 75, "A", 4500, "UNCAPPED")]
    [InlineData(false, 74, "C", 2400, "HIGH")]
    [InlineData(false, 50, "C", 2400, "HIGH")]
    [InlineData(false, 49, "E", 240, "LOW")]
    [InlineData(false, 1, "E", 240, "LOW")]
    [InlineData(false, 0, "T", 75, "LOW")]
    [InlineData(true, 90, "W", 15, "SOLE_PROPRIETOR")]
    public void Carrier_throughput_follows_the_vetting_score_bands(bool soleProprietor, int score, string msgClass, int tpm, string tier)
    {
        var grant = CarrierThroughput.For(soleProprietor, score);
        Assert.Equal((msgClass, tpm, tier), (grant.AttClass, grant.AttTpm, grant.TMobileTier));
    }
}
