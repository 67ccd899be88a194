using CrmTelnyx.Telnyx;

namespace CrmTelnyx.Features.Billing.Balance;

/// <summary>The account's balance as Telnyx reports it now (never cached: it is what a manager compares the ledger with).</summary>
public sealed class ReadTelnyxBalance(TelnyxClient telnyx, ILogger<ReadTelnyxBalance> logger)
{
    /// <param name="Error">Why Telnyx could not say, in words for the page; null when <paramref name="Balance"/> is set.</param>
    public sealed record Result(TelnyxBalance? Balance, string? Error);

    public async Task<Result> ReadAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            return new(await telnyx.GetBalanceAsync(cancellationToken), null);
        }
        catch (TelnyxException e)
        {
            logger.LogWarning("The Telnyx balance could not be read: {Reason}", e.UserMessage);
            return new(null, $"The balance could not be read from Telnyx. {e.UserMessage}");
        }
    }
}
