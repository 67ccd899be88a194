using CrmTelnyx.Data;
using CrmTelnyx.Features.Calls.Routing;
using CrmTelnyx.Identity;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Features.Calls.Inbound;

/// <summary>A number's stored route as the router's rule, and the agents who can take a call right now.</summary>
public sealed class InboundRules(CrmDbContext db)
{
    public sealed record Available(string UserId, string Phone);

    /// <summary>The number's route, or the default (every available agent, any hour) when it has none.</summary>
    public async Task<InboundRoute> RouteForAsync(string companyNumber, CancellationToken cancellationToken) =>
        await db.InboundRoutes.SingleOrDefaultAsync(r => r.PhoneNumber == companyNumber, cancellationToken)
        ?? new InboundRoute { PhoneNumber = companyNumber, TimeZone = "UTC" };

    /// <summary>Null and the reason when the stored text cannot be read (the editor refuses such text, so only old or hand-edited rows).</summary>
    public static (InboundRoutingRule? Rule, string? Error) RuleOf(InboundRoute route)
    {
        if (!BusinessHoursText.TryParse(route.Hours, out var week, out var error)) return (null, error);
        // Empty hours mean always open, not closed all week: a number answers until someone sets hours.
        if (week.IsAlwaysClosed && string.IsNullOrWhiteSpace(route.Hours))
            BusinessHoursText.TryParse("Mon-Sun 00:00-00:00", out week, out _);
        if (!HolidayList.TryParse(route.Holidays, out var holidays, out error)) return (null, error);
        if (!BusinessHours.TryCreate(week!, route.TimeZone, holidays, out var hours, out error)) return (null, error);
        return InboundRoutingRule.TryCreate(hours!, route.Strategy, route.RingTimeoutSeconds, [], null, out var rule, out error)
            ? (rule, null) : (null, error);
    }

    /// <summary>Agents (and managers, admins) marked available, with a phone of their own, in a stable order for round robin.</summary>
    public async Task<IReadOnlyList<Available>> AvailableAsync(CancellationToken cancellationToken)
    {
        var roles = new[] { AppRoles.Agent, AppRoles.Manager, AppRoles.Admin };
        return await db.Users.AsNoTracking()
            .Where(u => u.IsAvailableForCalls && !u.IsDisabled && u.PhoneNumber != null && u.PhoneNumber != "")
            .Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && roles.Contains(r.Name!))))
            .OrderBy(u => u.Id)
            .Select(u => new Available(u.Id, u.PhoneNumber!))
            .ToListAsync(cancellationToken);
    }
}
