using System.Security.Claims;
using CrmTelnyx.Data;
using CrmTelnyx.Features.Calls.Routing;
using CrmTelnyx.Identity;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Features.Calls.Inbound;

/// <summary>An admin sets how one number answers calls. Each field is checked as the router will read it, so a saved route always works.</summary>
public sealed class SaveInboundRoute(CrmDbContext db, InboundRules rules, TimeProvider time)
{
    public sealed record Form(string Hours, string TimeZone, string Holidays, RingStrategy Strategy, int RingTimeoutSeconds, string VoicemailGreeting,
        string? MenuGreeting = null, string MenuOptions = "");

    /// <param name="Field">Which field the message is about (hours, zone, holidays, timeout, greeting), so the card can show it there.</param>
    public sealed record Result(string? Error, string? Field = null);

    public async Task<Form> ReadAsync(string phoneNumber, CancellationToken cancellationToken = default)
    {
        var route = await db.InboundRoutes.AsNoTracking().SingleOrDefaultAsync(r => r.PhoneNumber == phoneNumber, cancellationToken);
        var zone = route?.TimeZone ?? (await TextCenter.CompanyClock.ZoneAsync(db, cancellationToken)).Id;
        return new Form(route?.Hours ?? "", zone, route?.Holidays ?? "", route?.Strategy ?? RingStrategy.Simultaneous,
            route?.RingTimeoutSeconds ?? 20, route?.VoicemailGreeting ?? InboundRoute.DefaultGreeting, route?.MenuGreeting, route?.MenuOptions ?? "");
    }

    public async Task<Result> RunAsync(ClaimsPrincipal admin, string phoneNumber, Form form, CancellationToken cancellationToken = default)
    {
        if (!admin.IsInRole(AppRoles.Admin)) return new("Only admins set how numbers answer calls.");
        if (!await db.CompanyNumbers.AnyAsync(n => n.PhoneNumber == phoneNumber && n.ReleasedAt == null, cancellationToken))
            return new("That number is no longer the company's.");
        if (!BusinessHoursText.TryParse(form.Hours, out var week, out var error)) return new(error, "hours");
        if (!HolidayList.TryParse(form.Holidays, out var holidays, out error)) return new(error, "holidays");
        if (!BusinessHours.TryCreate(week, form.TimeZone?.Trim() ?? "", holidays, out _, out error)) return new(error, "zone");
        if (form.RingTimeoutSeconds is < InboundRoutingRule.MinRingTimeoutSeconds or > InboundRoutingRule.MaxRingTimeoutSeconds)
            return new($"Ring each agent for {InboundRoutingRule.MinRingTimeoutSeconds} to {InboundRoutingRule.MaxRingTimeoutSeconds} seconds.", "timeout");
        var greeting = form.VoicemailGreeting?.Trim() ?? "";
        if (greeting.Length is 0 or > 1000) return new("The greeting is spoken to callers before the tone: write 1 to 1,000 characters.", "greeting");

        if (await MenuProblemAsync(form, cancellationToken) is { } menuProblem) return new(menuProblem, "menu");

        var route = await db.InboundRoutes.SingleOrDefaultAsync(r => r.PhoneNumber == phoneNumber, cancellationToken);
        if (route is null) db.InboundRoutes.Add(route = new InboundRoute { PhoneNumber = phoneNumber });
        // Stored in the form the router reads back, so what the admin sees after saving is what applies.
        route.Hours = string.IsNullOrWhiteSpace(form.Hours) ? "" : BusinessHoursText.Format(week);
        route.TimeZone = form.TimeZone!.Trim();
        route.Holidays = HolidayList.Format(holidays);
        route.Strategy = form.Strategy;
        route.RingTimeoutSeconds = form.RingTimeoutSeconds;
        route.VoicemailGreeting = greeting;
        MenuOptionsText.TryParse(form.MenuOptions, out var options, out _);
        route.MenuOptions = MenuOptionsText.Format(options!);
        route.MenuGreeting = options!.Count == 0 ? null : form.MenuGreeting!.Trim();
        route.UpdatedAt = time.GetUtcNow().UtcDateTime;
        route.UpdatedBy = admin.Identity?.Name;
        await db.SaveChangesAsync(cancellationToken);
        return new(null);
    }

    /// <summary>A menu needs both what callers hear and its keys, and every agent it names must be a user who takes calls.</summary>
    private async Task<string?> MenuProblemAsync(Form form, CancellationToken cancellationToken)
    {
        if (!MenuOptionsText.TryParse(form.MenuOptions, out var options, out var error)) return error;
        var spoken = form.MenuGreeting?.Trim() ?? "";
        if (options.Count == 0) return spoken.Length == 0 ? null : "Add the menu's keys (e.g. \"1 Sales: ann@example.com\"), or clear what callers hear.";
        if (spoken.Length is 0 or > 1000) return "Write what callers hear before they press a key (1 to 1,000 characters).";
        var takers = await rules.CallTakersAsync(cancellationToken);
        if (options.SelectMany(o => o.Emails).FirstOrDefault(e => !takers.Contains(e.ToUpperInvariant())) is { } unknown)
            return $"No agent, manager or admin has the e-mail {unknown}.";
        var trial = new InboundRoute { PhoneNumber = "", MenuGreeting = spoken, MenuOptions = form.MenuOptions, TimeZone = "UTC" };
        return (await rules.RuleOfAsync(trial, cancellationToken)).Error;
    }
}
