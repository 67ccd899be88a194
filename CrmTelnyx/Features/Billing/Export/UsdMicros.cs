namespace CrmTelnyx.Features.Billing.Export;

/// <summary>The ledger's whole millionths of a dollar as the dollars a CSV shows: exact, so the lines add up to the tab's totals to the micro.</summary>
public static class UsdMicros
{
    /// <summary>Up to six places, no trailing zeros, a dot whatever the culture ("-0.0025", "12.5", "0").</summary>
    public const string Format = "0.######";

    public static decimal Dollars(long micros) => micros / 1_000_000m;
}
