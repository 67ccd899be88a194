using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Bunit;
using CrmTelnyx.Sandbox;
using CrmTelnyx.Sandbox.Control;
using CrmTelnyx.Tests.Infrastructure;
using MudBlazor;

namespace CrmTelnyx.Tests.Sandbox;

/// <summary>What the control page's number settings and the sandbox's number check refuse, and how they say so.</summary>
public sealed class TimingsInputTests(SandboxApp sandbox) : IClassFixture<SandboxApp>, IAsyncLifetime
{
    private MudComponentContext context = null!;
    private IRenderedComponent<MudSnackbarProvider> snackbars = null!;

    public Task InitializeAsync()
    {
        context = new MudComponentContext(sandbox.Factory);
        context.Render<MudPopoverProvider>();
        snackbars = context.Render<MudSnackbarProvider>();
        return Task.CompletedTask;
    }

    public Task DisposeAsync() => context.DisposeAsync().AsTask();

    [Theory]
    [InlineData("d-sent", "99999999999")]
    [InlineData("d-sent", "1e3")]
    [InlineData("d-sent", "NaN")]
    [InlineData("d-sent", "")]
    [InlineData("d-duration", "99999999999")]
    [InlineData("d-failure", "NaN")]
    [InlineData("d-failure", "1e3")]
    [InlineData("d-failure", "")]
    [InlineData("d-failure", "Infinity")]
    public void A_setting_that_is_not_a_number_in_range_is_refused_by_its_field_and_nothing_is_saved(string field, string typed)
    {
        var before = sandbox.Get<ChangeTimings>().Current();
        var card = context.Render<TimingsCard>();

        card.Find($"#{field}").Input(typed);
        card.FindAll("button").Single(b => b.TextContent.Trim() == "Save").Click();

        card.WaitForAssertion(() =>
        {
            var control = card.Find($"#{field}").Closest(".mud-input-control")!;
            Assert.False(string.IsNullOrWhiteSpace(control.QuerySelector(".mud-input-error")?.TextContent), card.Find($"#{field}").Closest(".mud-input-control")!.OuterHtml);
        });
        var after = sandbox.Get<ChangeTimings>().Current();
        Assert.Equal((before.MessageSentDelayMs, before.CallDurationMs, before.RandomFailurePercent), (after.MessageSentDelayMs, after.CallDurationMs, after.RandomFailurePercent));
        Assert.Empty(snackbars.FindAll("[data-sandbox-notice]"));
    }

    [Fact]
    public void A_failure_rate_of_NaN_is_refused_by_the_use_case_too()
    {
        var timings = sandbox.Get<ChangeTimings>();
        var wrong = timings.Current();
        wrong.RandomFailurePercent = double.NaN;

        Assert.False(timings.Change(wrong).Accepted);
        Assert.False(double.IsNaN(sandbox.Get<SandboxRuntimeSettings>().RandomFailureRate));
    }

    [Theory]
    [InlineData("+1٣١٢٥٥٥٠٥٢٠")]   // Arabic-Indic digits: .NET's \d matches them, Telnyx does not
    [InlineData("+1３１２５５５０１９９")] // full-width digits
    public async Task A_number_with_digits_other_than_0_to_9_is_not_e164(string to)
    {
        var response = await sandbox.Api.PostAsJsonAsync("messages", new { from = "+13125550141", to, text = "hi" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("10016", (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]![0]!["code"]);
        Assert.Equal($"Use +E.164, e.g. {NumberRules.Example}.", NumberRules.E164Error(to));
    }
}
