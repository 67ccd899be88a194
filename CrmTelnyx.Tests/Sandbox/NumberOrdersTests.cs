using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CrmTelnyx.Sandbox.Numbers;

namespace CrmTelnyx.Tests.Sandbox;

/// <summary>Number orders settle number by number, as Telnyx's do; the control page can refuse them or fail a number.</summary>
public class NumberOrdersTests(SandboxApp sandbox) : IClassFixture<SandboxApp>
{
    private NumberOrderRules Rules => sandbox.Get<NumberOrderRules>();

    private async Task<List<string>> Search(string query) =>
        (await sandbox.GetOkAsync("available_phone_numbers?" + query))["data"]!.AsArray().Select(n => (string)n!["phone_number"]!).ToList();

    private Task<JsonNode> Order(IEnumerable<string> numbers) =>
        sandbox.PostOkAsync("number_orders", new { phone_numbers = numbers.Select(n => new { phone_number = n }) });

    [Fact]
    public async Task A_number_failing_inside_an_order_fails_alone_and_the_others_arrive()
    {
        var numbers = await Search("filter[national_destination_code]=480&filter[limit]=3");
        Rules.FailWhenOrdered(numbers[2]);

        var order = await Order(numbers);
        var complete = (await sandbox.Receiver.WaitForAsync(r => r.EventType == "number_order.complete" && (string?)r.Payload["id"] == (string?)order["id"])).Single();

        // Telnyx's order status knows only pending, success and failure: a partial order is a failure whose numbers tell.
        Assert.Equal("failure", (string?)complete.Payload["status"]);
        var items = complete.Payload["phone_numbers"]!.AsArray().ToDictionary(i => (string)i!["phone_number"]!, i => (string?)i!["status"]);
        Assert.Equal(["success", "success", "failure"], numbers.Select(n => items[n]));
        var owned = (await sandbox.GetOkAsync("phone_numbers?page[size]=250"))["data"]!.AsArray().Select(n => (string?)n!["phone_number"]).ToList();
        Assert.Contains(numbers[0], owned);
        Assert.Contains(numbers[1], owned);
        Assert.DoesNotContain(numbers[2], owned);
        Assert.Equal("failure", (string?)(await sandbox.GetOkAsync($"number_orders/{order["id"]}"))["data"]!["phone_numbers"]![2]!["status"]);
        Rules.OrderNormally(numbers[2]);
    }

    [Fact]
    public async Task The_next_order_can_be_refused_for_a_low_balance_with_Telnyx_errors_body()
    {
        var number = (await Search("filter[national_destination_code]=404&filter[limit]=1")).Single();
        Rules.RefuseNextOrders(OrderRefusal.BalanceTooLow, 1);

        var refused = await sandbox.Api.PostAsJsonAsync("number_orders", new { phone_numbers = new[] { new { phone_number = number } } });
        Assert.Equal(HttpStatusCode.PaymentRequired, refused.StatusCode);
        var error = JsonNode.Parse(await refused.Content.ReadAsStringAsync())!["errors"]![0]!;
        Assert.Equal("20100", (string?)error["code"]);
        Assert.Contains("balance is too low", (string?)error["detail"]);

        // One refusal per order asked for: the next goes through.
        Assert.Equal("pending", (string?)(await Order([number]))["status"]);
    }

    [Fact]
    public async Task Toll_free_numbers_are_stocked_without_a_state_and_owned_as_toll_free()
    {
        var tollFree = await Search("filter[phone_number_type]=toll_free&filter[limit]=5");
        Assert.Equal(5, tollFree.Count);
        Assert.All(tollFree, n => Assert.Matches(@"^\+18(00|33|44|55|66|77|88)\d{7}$", n));
        Assert.All(await Search("filter[national_destination_code]=855&filter[limit]=3"), n => Assert.StartsWith("+1855", n));
        Assert.Empty(await Search("filter[phone_number_type]=toll_free&filter[administrative_area]=IL"));
        Assert.Empty(await Search("filter[phone_number_type]=local&filter[national_destination_code]=888"));

        var order = await Order([tollFree[0]]);
        await sandbox.Receiver.WaitForAsync(r => r.EventType == "number_order.complete" && (string?)r.Payload["id"] == (string?)order["id"]);
        var owned = (await sandbox.GetOkAsync($"phone_numbers?filter[phone_number]={Uri.EscapeDataString(tollFree[0])}"))["data"]!.AsArray().Single()!;
        Assert.Equal("toll_free", (string?)owned["phone_number_type"]);
    }

    [Fact]
    public async Task A_city_search_offers_only_numbers_of_that_rate_center()
    {
        var body = await sandbox.GetOkAsync("available_phone_numbers?filter[locality]=Chicago&filter[limit]=6");
        var data = body["data"]!.AsArray();

        Assert.Equal(6, data.Count);
        Assert.All(data, n => Assert.Matches(@"^\+1(312|773)\d{7}$", (string)n!["phone_number"]!));
        Assert.All(data, n => Assert.Contains(n!["region_information"]!.AsArray(), r => (string?)r!["region_type"] == "rate_center" && (string?)r["region_name"] == "CHICAGO"));
        Assert.Empty(await Search("filter[locality]=Atlantis"));
        Assert.Empty(await Search("filter[locality]=Chicago&filter[administrative_area]=TX"));
    }
}
