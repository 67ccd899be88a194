using CrmTelnyx.Sandbox.Store;

namespace CrmTelnyx.Sandbox.Billing;

/// <summary>
/// What the account's numbers have cost by an instant: each ordered number's upfront fee and first month at purchase,
/// then a month on each monthly anniversary of the purchase (UTC; Jan 31 → Feb 28/29, Mar 31) until it is released.
/// A seed number was "owned before the account was opened": no upfront fee or first month, only its anniversaries.
/// </summary>
public static class NumberCharges
{
    public static decimal Total(SandboxPhoneNumber number, DateTime now)
    {
        var seed = SandboxAccount.SeedNumbers.Contains(number.PhoneNumber) && number.CustomerReference is null;
        var total = seed ? 0m : number.UpfrontCost + number.MonthlyCost;
        // A released number is never updated again (only active numbers are found), so UpdatedAt is when it was released.
        var end = number.Status == "deleted" ? number.UpdatedAt : DateTime.MaxValue;
        for (var months = 1; ; months++)
        {
            var due = number.CreatedAt.AddMonths(months);
            if (due > now || due >= end) return total;
            total += number.MonthlyCost;
        }
    }
}
