using System.Net;
using CrmTelnyx.Features.Numbers;
using CrmTelnyx.Telnyx;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CrmTelnyx.Tests.Features.Numbers;

/// <summary>When number_order.complete never arrives, or Telnyx's answer to the order is lost, asking Telnyx settles the order.</summary>
public sealed class NumberOrderPollingTests
{
    [Fact]
    public async Task An_order_whose_webhook_is_lost_is_completed_by_asking_Telnyx()
    {
        // The sandbox sends its webhooks nowhere: nothing reaches the app.
        await using var app = new NumberBuyingApp(a => a.Settings["Sandbox:WebhookUrl"] = "http://127.0.0.1:9/webhooks/telnyx");
        var offers = (await app.SearchAsync(new NumberSearch { State = "IL" })).Take(2).ToList();
        var orderId = (await app.BuyAsync(offers, "IL")).OrderId!.Value;
        Assert.Equal(NumberOrderStatus.Pending, (await app.OrderAsync(orderId)).Status);

        // A poll sooner than a minute after ordering leaves it to the webhook.
        await app.RunAsync<CheckNumberOrders, int>(c => c.RunAsync());
        Assert.Equal(NumberOrderStatus.Pending, (await app.OrderAsync(orderId)).Status);

        var order = await Eventually.ReturnsAsync(async () =>
        {
            await app.RunAsync<CheckNumberOrders, int>(c => c.RunAsync(TimeSpan.Zero));
            return await app.OrderAsync(orderId);
        }, o => CompleteNumberOrder.IsSettled(o.Status));

        Assert.Equal(NumberOrderStatus.Completed, order.Status);
        Assert.NotNull(order.LastCheckedAt);
        var numbers = await app.NumbersAsync(offers.Select(o => o.PhoneNumber));
        Assert.All(numbers, n => Assert.Equal((NumberStatus.Active, "IL"), (n.Status, n.State)));
        Assert.All(numbers, n => Assert.NotNull(n.TelnyxId));
    }

    [Fact]
    public async Task An_order_whose_answer_was_lost_is_not_ordered_again_and_is_settled_once_its_numbers_are_on_the_account()
    {
        var orderPosts = new PostCounter();
        await using var app = new NumberBuyingApp(a => a.ServiceChanges.Add(services =>
            services.AddHttpClient<TelnyxClient>().AddHttpMessageHandler(() => new LoseOrderAnswer(orderPosts))));
        var offers = (await app.SearchAsync(new NumberSearch { State = "CA" })).Take(2).ToList();

        var result = await app.BuyAsync(offers, "CA");

        Assert.Contains("not known yet whether the numbers were ordered", result.Error);
        var order = await app.OrderAsync(result.OrderId!.Value);
        Assert.Equal(NumberOrderStatus.Unknown, order.Status);
        Assert.Null(order.TelnyxOrderId);
        Assert.All(await app.NumbersAsync(offers.Select(o => o.PhoneNumber)), n => Assert.Equal(NumberStatus.Pending, n.Status));
        Assert.Contains("already being ordered", (await app.BuyAsync(offers, "CA")).Error);

        // The sandbox did take the order: once its numbers are on the account, the check settles the order without ordering again.
        order = await Eventually.ReturnsAsync(async () =>
        {
            await app.RunAsync<CheckNumberOrders, int>(c => c.RunAsync());
            return await app.OrderAsync(result.OrderId!.Value);
        }, o => CompleteNumberOrder.IsSettled(o.Status));

        Assert.Equal(NumberOrderStatus.Completed, order.Status);
        Assert.Equal(1, orderPosts.Count);
        Assert.All(await app.NumbersAsync(offers.Select(o => o.PhoneNumber)), n => Assert.Equal((NumberStatus.Active, "CA"), (n.Status, n.State)));
    }

    public sealed class PostCounter
    {
        private int count;
        public int Count => Volatile.Read(ref count);
        public int Add() => Interlocked.Increment(ref count);
    }

    /// <summary>Innermost, next to the network: the order reaches the sandbox, its answer does not come back.</summary>
    private sealed class LoseOrderAnswer(PostCounter posts) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            if (request.Method != HttpMethod.Post || !request.RequestUri!.AbsolutePath.EndsWith("/number_orders") || posts.Add() > 1) return response;
            response.Dispose();
            return new HttpResponseMessage(HttpStatusCode.BadGateway) { Content = new StringContent("upstream connect error") };
        }
    }
}
