using CrmTelnyx.Data;
using CrmTelnyx.Features.Numbers;
using CrmTelnyx.Phones;
using CrmTelnyx.Telnyx;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Features.Calls.Outbound;

/// <summary>
/// The company numbers a call may show as caller ID (active, voice-capable, not released), and the one to use by
/// default: a number in the contact's state (local presence, so people pick up), else the agent's usual one.
/// </summary>
public sealed class CallerIds(CrmDbContext db, SyncNumbers sync, ILogger<CallerIds> logger)
{
    public sealed record Option(string PhoneNumber, string? State, string? FriendlyName);

    public async Task<IReadOnlyList<Option>> ListAsync(CancellationToken cancellationToken = default)
    {
        await SyncedOnceAsync(cancellationToken);
        return await db.CompanyNumbers.AsNoTracking()
            .Where(n => n.Status == NumberStatus.Active && n.CanVoice && n.ReleasedAt == null)
            .OrderBy(n => n.PhoneNumber)
            .Select(n => new Option(n.PhoneNumber, n.State, n.FriendlyName))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Right after a fresh start the scheduled sync may not have run yet: the numbers on the account come first.</summary>
    private async Task SyncedOnceAsync(CancellationToken cancellationToken)
    {
        try
        {
            await sync.RunUnlessEverSyncedAsync(cancellationToken);
        }
        catch (TelnyxException e)
        {
            // The numbers known so far are offered; the next sync brings the rest.
            logger.LogWarning(e, "Could not sync the company's numbers before listing caller IDs");
        }
    }

    /// <param name="contactState">The contact's state when known; else the destination's area code decides.</param>
    public async Task<string?> DefaultForAsync(string destination, string? contactState, string agentUserId, CancellationToken cancellationToken = default)
    {
        var options = await ListAsync(cancellationToken);
        if (options.Count == 0) return null;
        var state = contactState ?? NanpAreaCodes.ForE164(destination)?.Region;
        if (state is not null && options.FirstOrDefault(o => StateOf(o) == state) is { } local) return local.PhoneNumber;

        var usual = await db.Calls.AsNoTracking()
            .Where(c => c.AgentUserId == agentUserId && c.Direction == CallDirection.Outbound)
            .OrderByDescending(c => c.StartedAt).Select(c => c.From).FirstOrDefaultAsync(cancellationToken);
        return options.Any(o => o.PhoneNumber == usual) ? usual : options[0].PhoneNumber;
    }

    private static string? StateOf(Option option) => option.State ?? NanpAreaCodes.ForE164(option.PhoneNumber)?.Region;
}
