using System.Security.Cryptography;
using System.Text;
using CrmTelnyx.Sandbox.Store;

namespace CrmTelnyx.Sandbox.Numbers;

/// <summary>A number order as Telnyx writes it, in responses and in number_order.complete.</summary>
public static class NumberOrderResource
{
    public static object From(SandboxNumberOrder order)
    {
        var numbers = order.PhoneNumbers.Split(',', StringSplitOptions.RemoveEmptyEntries);
        var failed = order.FailedNumbers.Split(',', StringSplitOptions.RemoveEmptyEntries);
        // Each number has its own outcome: Telnyx's order status is only success (all arrived), failure or pending.
        string ItemStatus(string number) => order.Status == "pending" ? "pending" : failed.Contains(number) ? "failure" : "success";
        return new
        {
            record_type = "number_order",
            id = order.Id.ToString(),
            status = order.Status,
            phone_numbers_count = numbers.Length,
            phone_numbers = numbers.Select(n => new
            {
                id = ItemId(order.Id, n).ToString(),
                record_type = "number_order_phone_number",
                phone_number = n,
                status = ItemStatus(n),
                phone_number_type = AvailableNumberGenerator.IsTollFree(n) ? "toll_free" : "local",
                country_code = "US",
                requirements_met = true,
                requirements_status = "approved",
                regulatory_requirements = Array.Empty<object>(),
                bundle_id = (string?)null,
            }),
            connection_id = order.ConnectionId,
            messaging_profile_id = order.MessagingProfileId,
            billing_group_id = (string?)null,
            customer_reference = order.CustomerReference,
            requirements_met = true,
            sub_number_orders_ids = Array.Empty<string>(),
            created_at = SandboxJson.Time(order.CreatedAt),
            updated_at = SandboxJson.Time(order.UpdatedAt),
        };
    }

    /// <summary>Stable per order and number, so every read of the order shows the same item ids.</summary>
    private static Guid ItemId(Guid orderId, string phoneNumber) =>
        new(MD5.HashData(Encoding.UTF8.GetBytes($"{orderId}|{phoneNumber}")));
}
