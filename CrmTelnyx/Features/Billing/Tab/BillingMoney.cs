using System.Globalization;

namespace CrmTelnyx.Features.Billing.Tab;

/// <summary>How the Billing tab writes amounts and durations: dollars with up to four decimals (a text costs fractions of a cent).</summary>
public static class BillingMoney
{
    public static string Text(decimal amount) => amount.ToString("$#,0.00##", CultureInfo.InvariantCulture);

    public static string Minutes(long seconds) => string.Create(CultureInfo.InvariantCulture, $"{seconds / 60.0:#,0.#} min");

    public static double Cents(decimal dollars) => (double)(dollars * 100);
}
