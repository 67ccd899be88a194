using System.Globalization;

namespace CrmTelnyx.Features.Numbers;

/// <summary>A number's price as people read it, the same on every page: "$1,234.50", or "12.00 EUR" for another currency.</summary>
public static class MoneyText
{
    /// <param name="unknown">What to say when the price is not known.</param>
    public static string Of(decimal? amount, string? currency = "USD", string unknown = "—") => amount switch
    {
        null => unknown,
        { } a when currency is null or "USD" => a.ToString("$#,##0.00", CultureInfo.InvariantCulture),
        { } a => $"{a.ToString("#,##0.00", CultureInfo.InvariantCulture)} {currency}",
    };
}
