using CrmTelnyx.Sandbox.Store;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Sandbox.Calls;

/// <summary>
/// command_id as Telnyx documents it: "Telnyx will ignore any command with the same command_id for the same
/// call_control_id", and a dial repeating an earlier dial's command_id. How long Telnyx remembers a dial's id is not
/// documented; the sandbox remembers it for <see cref="DialWindow"/>.
/// </summary>
public static class CommandIds
{
    public static readonly TimeSpan DialWindow = TimeSpan.FromMinutes(5);

    /// <summary>The call an earlier dial with this command_id placed, if it came within <see cref="DialWindow"/>.</summary>
    public static async Task<SandboxCall?> EarlierDialAsync(SandboxDbContext db, string commandId, DateTime now)
    {
        var cutoff = now - DialWindow;
        await db.Commands.Where(c => c.Scope == SandboxCommand.Dial && c.CommandId == commandId && c.ReceivedAt < cutoff).ExecuteDeleteAsync();
        var callControlId = await db.Commands.Where(c => c.Scope == SandboxCommand.Dial && c.CommandId == commandId)
            .Select(c => c.CallControlId).FirstOrDefaultAsync();
        return callControlId is null ? null : await db.Calls.FirstOrDefaultAsync(c => c.CallControlId == callControlId);
    }

    /// <summary>
    /// Claims a call command's id before it is acted on: false when it was seen before for this call (or a twin
    /// request claimed it a moment earlier), so the command must be ignored.
    /// </summary>
    public static async Task<bool> TryClaimAsync(SandboxDbContext db, string callControlId, string commandId, DateTime now)
    {
        if (await db.Commands.AnyAsync(c => c.Scope == callControlId && c.CommandId == commandId)) return false;
        var claim = new SandboxCommand { Scope = callControlId, CommandId = commandId, ReceivedAt = now };
        db.Commands.Add(claim);
        try
        {
            await db.SaveChangesAsync();
            return true;
        }
        catch (DbUpdateException)
        {
            db.Entry(claim).State = EntityState.Detached;
            return false;
        }
    }

    /// <summary>A command refused with an error did nothing, so its id may be used again (as when the caller fixes the request).</summary>
    public static Task ReleaseAsync(SandboxDbContext db, string callControlId, string commandId) =>
        db.Commands.Where(c => c.Scope == callControlId && c.CommandId == commandId).ExecuteDeleteAsync();
}
