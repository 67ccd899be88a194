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
    public async Task<(InboundRoutingRule? Rule, string? Error)> RuleOfAsync(InboundRoute route, CancellationToken cancellationToken)
    {
        if (!BusinessHoursText.TryParse(route.Hours, out var week, out var error)) return (null, error);
        // Empty hours mean always open, not closed all week: a number answers until someone sets hours.
        if (week.IsAlwaysClosed && string.IsNullOrWhiteSpace(route.Hours))
            BusinessHoursText.TryParse("Mon-Sun 00:00-00:00", out week, out _);
        if (!HolidayList.TryParse(route.Holidays, out var holidays, out error)) return (null, error);
        if (!BusinessHours.TryCreate(week!, route.TimeZone, holidays, out var hours, out error)) return (null, error);
        if (!MenuOptionsText.TryParse(route.MenuOptions, out var options, out error)) return (null, error);

        IReadOnlyList<AgentGroup> groups = [];
        RoutingMenu? menu = null;
        if (options.Count > 0 && !string.IsNullOrWhiteSpace(route.MenuGreeting))
        {
            var emails = options.SelectMany(o => o.Emails).Select(e => e.ToUpperInvariant()).Distinct().ToList();
            var ids = await db.Users.AsNoTracking().Where(u => emails.Contains(u.NormalizedEmail!))
                .ToDictionaryAsync(u => u.NormalizedEmail!, u => u.Id, cancellationToken);
            groups = options.Select(o => new AgentGroup(o.Group,
                o.Emails.Select(e => ids.GetValueOrDefault(e.ToUpperInvariant())).OfType<string>().Distinct().ToList())).ToList();
            menu = new RoutingMenu(route.MenuGreeting, options.ToDictionary(o => o.Digit, o => o.Group));
        }
        return InboundRoutingRule.TryCreate(hours!, route.Strategy, route.RingTimeoutSeconds, groups, menu, out var rule, out error)
            ? (rule, null) : (null, error);
    }

    /// <summary>The upper-cased e-mails of everyone who may take calls (Agents, Managers, Admins), for checking a menu's names.</summary>
    public async Task<HashSet<string>> CallTakersAsync(CancellationToken cancellationToken)
    {
        var emails = await CallTakers.In(db).AsNoTracking()
            .Select(u => u.NormalizedEmail!).ToListAsync(cancellationToken);
        return emails.ToHashSet();
    }

    /// <summary>Agents (and managers, admins) marked available, with a phone of their own, in a stable order for round robin.</summary>
    public async Task<IReadOnlyList<Available>> AvailableAsync(CancellationToken cancellationToken)
    {
        return await CallTakers.In(db).AsNoTracking()
            .Where(u => u.IsAvailableForCalls && !u.IsDisabled && u.PhoneNumber != null && u.PhoneNumber != "")
            .OrderBy(u => u.Id)
            .Select(u => new Available(u.Id, u.PhoneNumber!))
            .ToListAsync(cancellationToken);
    }
}
