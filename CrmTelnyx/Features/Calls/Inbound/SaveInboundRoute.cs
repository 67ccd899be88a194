using System.Security.Claims;
using CrmTelnyx.Data;
using CrmTelnyx.Features.Calls.Routing;
using CrmTelnyx.Identity;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Features.Calls.Inbound;

/// <summary>An admin sets how one number answers calls. Each field is checked as the router will read it, so a saved route always works.</summary>
public sealed class SaveInboundRoute(CrmDbContext db, TimeProvider time)
{
    public sealed record Form(string Hours, string TimeZone, string Holidays, RingStrategy Strategy, int RingTimeoutSeconds, string VoicemailGreeting);

    /// <param name="Field">Which field the message is about (hours, zone, holidays, timeout, greeting), so the card can show it there.</param>
    public sealed record Result(string? Error, string? Field = null);

    public async Task<Form> ReadAsync(string phoneNumber, CancellationToken cancellationToken = default)
    {
        var route = await db.InboundRoutes.AsNoTracking().SingleOrDefaultAsync(r => r.PhoneNumber == phoneNumber, cancellationToken);
        var zone = route?.TimeZone ?? await db.TextingSettings.AsNoTracking().Select(s => s.CompanyTimeZone).SingleOrDefaultAsync(cancellationToken) ?? "America/New_York";
        return new Form(route?.Hours ?? "", zone, route?.Holidays ?? "", route?.Strategy ?? RingStrategy.Simultaneous,
            route?.RingTimeoutSeconds ?? 20, route?.VoicemailGreeting ?? InboundRoute.DefaultGreeting);
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

        var route = await db.InboundRoutes.SingleOrDefaultAsync(r => r.PhoneNumber == phoneNumber, cancellationToken);
        if (route is null) db.InboundRoutes.Add(route = new InboundRoute { PhoneNumber = phoneNumber });
        // Stored in the form the router reads back, so what the admin sees after saving is what applies.
        route.Hours = string.IsNullOrWhiteSpace(form.Hours) ? "" : BusinessHoursText.Format(week);
        route.TimeZone = form.TimeZone!.Trim();
        route.Holidays = HolidayList.Format(holidays);
        route.Strategy = form.Strategy;
        route.RingTimeoutSeconds = form.RingTimeoutSeconds;
        route.VoicemailGreeting = greeting;
        route.UpdatedAt = time.GetUtcNow().UtcDateTime;
        route.UpdatedBy = admin.Identity?.Name;
        await db.SaveChangesAsync(cancellationToken);
        return new(null);
    }
}
