using Bunit;
using CrmTelnyx.Sandbox.Control;
using CrmTelnyx.Sandbox.Numbers;
using CrmTelnyx.Tests.Infrastructure;
using MudBlazor;

namespace CrmTelnyx.Tests.Sandbox;

/// <summary>The control page's "Number orders" card: what a person asks for is what the next orders do.</summary>
public sealed class NumberOrdersCardTests(SandboxApp sandbox) : IClassFixture<SandboxApp>, IAsyncLifetime
{
    private MudComponentContext context = null!;
    private IRenderedComponent<MudSnackbarProvider> snackbars = null!;

    private NumberOrderRules Rules => sandbox.Get<NumberOrderRules>();

    public Task InitializeAsync()
    {
        context = new MudComponentContext(sandbox.Factory);
        context.Render<MudPopoverProvider>();
        snackbars = context.Render<MudSnackbarProvider>();
        return Task.CompletedTask;
    }

    public Task DisposeAsync()
    {
        Rules.ClearAll();
        return context.DisposeAsync().AsTask();
    }

    [Fact]
    public void Refusing_the_next_order_says_so_and_is_used_up_by_one_order()
    {
        var card = context.Render<NumberOrdersCard>();

        card.Find("button[data-refuse-orders]").Click();

        snackbars.WaitForAssertion(() => Assert.Contains("The next number order will be refused: balance too low.", snackbars.Find("[data-sandbox-notice='ok']").TextContent));
        Assert.Contains("1 × refuse: balance too low", card.Find("[data-sandbox-order-rules]").TextContent);
        Assert.Equal(OrderRefusal.BalanceTooLow, Rules.TakeRefusal());
        Assert.Null(Rules.TakeRefusal());
    }

    [Fact]
    public void A_number_to_fail_must_be_in_e164_and_then_fails_in_orders()
    {
        var card = context.Render<NumberOrdersCard>();

        card.Find("#order-fail-number").Change("3125550199");
        card.Find("button[data-fail-ordered-number]").Click();
        card.WaitForAssertion(() => Assert.Contains("Use +E.164, e.g. +13125550199.", card.Markup));
        Assert.False(Rules.FailsWhenOrdered("+13125550199"));

        card.Find("#order-fail-number").Change("+13125550199");
        card.Find("button[data-fail-ordered-number]").Click();
        card.WaitForAssertion(() => Assert.NotNull(card.Find("[data-failing-order-number='+13125550199']")));
        Assert.True(Rules.FailsWhenOrdered("+13125550199"));
    }
}
