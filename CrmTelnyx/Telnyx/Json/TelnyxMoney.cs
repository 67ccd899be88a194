namespace CrmTelnyx.Telnyx;

/// <summary>An amount as Telnyx reports it: <c>{"amount": "0.0051", "currency": "USD"}</c>.</summary>
public sealed record TelnyxMoney(decimal? Amount, string? Currency);
