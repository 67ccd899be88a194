using System.Net;
using Bunit;
using CrmTelnyx.Components;
using CrmTelnyx.Features.Billing.Balance;
using CrmTelnyx.Tests.Infrastructure;
using CrmTelnyx.Tests.Telnyx;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using static CrmTelnyx.Tests.Telnyx.FakeTelnyxHandler;

namespace CrmTelnyx.Tests.Features.Billing.Balance;

/// <summary>The Billing tab's Telnyx balance: read from the sandbox through the real app, and Telnyx's refusal shown in words.</summary>
public sealed class TelnyxBalanceCardTests : IAsyncLifetime
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(15);
    private const string BalanceJson =
        """{"data":{"record_type":"balance","balance":"1234.5","pending":"0.00","credit_limit":"100.00","available_credit":"1334.5","currency":"USD"}}""";

    private readonly List<IAsyncDisposable> disposables = [];

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var d in Enumerable.Reverse(disposables)) await d.DisposeAsync();
    }

    /// <summary>The card over the use case as the app builds it, speaking to a fake Telnyx.</summary>
    private IRenderedComponent<TelnyxBalanceCard> RenderWith(TelnyxClientHarness telnyx)
    {
        var useCases = new ServiceCollection().AddScoped(_ => new ReadTelnyxBalance(telnyx.Client, NullLogger<ReadTelnyxBalance>.Instance)).BuildServiceProvider();
        var context = new MudComponentContext();
        disposables.Add(context);
        disposables.Add(useCases);
        context.Services.AddSingleton(new UseCaseRunner(useCases.GetRequiredService<IServiceScopeFactory>()));
        return context.Render<TelnyxBalanceCard>();
    }

    [Fact]
    public async Task The_sandbox_accounts_balance_is_shown_with_its_available_credit()
    {
        var app = new CrmAppFactory();
        disposables.Add(app);
        app.StartKestrel();
        var context = new MudComponentContext(app);
        disposables.Add(context);

        var card = context.Render<TelnyxBalanceCard>();

        card.WaitForAssertion(() => Assert.Equal("$100.00", card.Find("[data-billing-balance]").TextContent.Trim()), Wait);
        Assert.Equal("$100.00 available", card.Find("[data-billing-available-credit]").TextContent.Trim());
        Assert.Empty(card.FindAll("[data-billing-balance-error]"));
        await Task.CompletedTask;
    }

    [Fact]
    public void Telnyx_refusing_is_shown_in_words_and_a_refresh_that_works_shows_the_balance()
    {
        using var telnyx = new TelnyxClientHarness((attempt, _) => attempt == 1
            ? Error(HttpStatusCode.Unauthorized, "10009", "Authentication failed", "The API key is not valid")
            : Json(HttpStatusCode.OK, BalanceJson));

        var card = RenderWith(telnyx);

        card.WaitForAssertion(() => Assert.Equal(
            "The balance could not be read from Telnyx. Telnyx did not accept the API key. Check the Telnyx API key in the settings. (Telnyx error 10009)",
            card.Find("[data-billing-balance-error]").TextContent.Trim()), Wait);
        Assert.Empty(card.FindAll("[data-billing-balance]"));

        card.Find("[data-billing-balance-refresh]").Click();

        card.WaitForAssertion(() => Assert.Equal("$1,234.50", card.Find("[data-billing-balance]").TextContent.Trim()), Wait);
        Assert.Equal("$1,334.50 available", card.Find("[data-billing-available-credit]").TextContent.Trim());
        Assert.Empty(card.FindAll("[data-billing-balance-error]"));
    }

    [Fact]
    public void While_Telnyx_has_not_answered_the_card_says_it_is_loading()
    {
        var answer = new TaskCompletionSource<HttpResponseMessage>();
        using var telnyx = new TelnyxClientHarness((_, _, _) => answer.Task);

        var card = RenderWith(telnyx);

        Assert.NotEmpty(card.FindAll("[data-billing-balance-loading]"));
        answer.SetResult(Json(HttpStatusCode.OK, BalanceJson));
        card.WaitForAssertion(() => Assert.Empty(card.FindAll("[data-billing-balance-loading]")), Wait);
        Assert.Equal("$1,234.50", card.Find("[data-billing-balance]").TextContent.Trim());
    }
}
