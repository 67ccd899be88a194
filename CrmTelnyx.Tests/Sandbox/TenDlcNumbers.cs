using System.Text.Json.Nodes;

namespace CrmTelnyx.Tests.Sandbox;

/// <summary>Buys fresh numbers on the sandbox account, on its messaging profile, and waits until they are owned.</summary>
public static class TenDlcNumbers
{
    /// <param name="areaCode">646 (New York, local) by default; 888 buys toll-free numbers.</param>
    public static async Task<IReadOnlyList<string>> BuyAsync(SandboxApp sandbox, int count, string areaCode = "646")
    {
        var profileId = (string)(await sandbox.GetOkAsync("messaging_profiles"))["data"]![0]!["id"]!;
        var numbers = (await sandbox.GetOkAsync($"available_phone_numbers?filter[national_destination_code]={areaCode}&filter[limit]={count}"))["data"]!
            .AsArray().Select(n => (string)n!["phone_number"]!).ToList();
        var order = await sandbox.PostOkAsync("number_orders", new { phone_numbers = numbers.Select(n => new { phone_number = n }), messaging_profile_id = profileId });
        await sandbox.Receiver.WaitForAsync(r => r.EventType == "number_order.complete" && (string?)r.Payload["id"] == (string?)order["id"]);
        return numbers;
    }
}
