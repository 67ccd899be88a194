using CrmTelnyx.Sandbox.Store;

namespace CrmTelnyx.Sandbox.Billing;

/// <summary>
/// What the account's numbers have cost by an instant, as Telnyx bills: each ordered number's upfront fee and the rest
/// of its purchase month pro-rated by days (in whole cents) at purchase, then the monthly fee on each 1st (UTC) until
/// it is released. A seed number was "owned before the account was opened": only the 1sts after the account opened.
/// </summary>
public static class NumberCharges
{
    public static decimal Total(SandboxPhoneNumber number, DateTime now)
    {
        var seed = SandboxAccount.SeedNumbers.Contains(number.PhoneNumber) && number.CustomerReference is null;
        var bought = number.CreatedAt;
        var days = DateTime.DaysInMonth(bought.Year, bought.Month);
        var total = seed ? 0m : number.UpfrontCost + Math.Round(number.MonthlyCost * (days - bought.Day + 1) / days, 2, MidpointRounding.AwayFromZero);
        // A released number is never updated again (only active numbers are found), so UpdatedAt is when it was released.
        var end = number.Status == "deleted" ? number.UpdatedAt : DateTime.MaxValue;
        for (var first = new DateTime(bought.Year, bought.Month, 1).AddMonths(1); first <= now && first < end; first = first.AddMonths(1))
            total += number.MonthlyCost;
        return total;
    }
}
