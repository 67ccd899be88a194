namespace CrmTelnyx.Telnyx;

public sealed record TelnyxBalance(decimal Balance, decimal? Pending, decimal? CreditLimit, decimal? AvailableCredit, string Currency);
