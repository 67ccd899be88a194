using System.Globalization;
using CrmTelnyx.Sandbox.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CrmTelnyx.Sandbox.Billing;

/// <summary>
/// GET /v2/balance: the starting balance less every message, call and number fee (<see cref="NumberCharges"/>), so it
/// agrees with the detail records and with the app's ledger.
/// </summary>
public static class GetBalance
{
    public static async Task<IResult> HandleAsync(SandboxDbContext db, IOptions<SandboxOptions> options, TimeProvider time)
    {
        var now = time.GetUtcNow().UtcDateTime;
        // SQLite cannot sum decimals in SQL; the sandbox's volumes are small enough to add up here.
        var spent = (await db.Messages.Select(m => m.Cost).ToListAsync()).Sum()
            + (await db.Calls.Select(c => c.Cost).ToListAsync()).Sum()
            + (await db.PhoneNumbers.ToListAsync()).Sum(n => NumberCharges.Total(n, now));
        var balance = options.Value.StartingBalance - spent;
        var amount = balance.ToString("0.00####", CultureInfo.InvariantCulture);
        return SandboxJson.Data(new { record_type = "balance", balance = amount, pending = "0.00", credit_limit = "0.00", available_credit = amount, currency = "USD" });
    }
}
