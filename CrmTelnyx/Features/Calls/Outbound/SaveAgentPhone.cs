using System.Security.Claims;
using CrmTelnyx.Data;
using CrmTelnyx.Phones;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Features.Calls.Outbound;

/// <summary>The agent's own phone, which "call my phone first" rings. Written straight to the user row: it is not a sign-in detail, so sessions stay as they are.</summary>
public sealed class SaveAgentPhone(CrmDbContext db)
{
    public sealed record Result(string? Phone, string? Error);

    public async Task<Result> RunAsync(ClaimsPrincipal user, string? phone, CancellationToken cancellationToken = default)
    {
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        if (userId is null) return new(null, "Sign in again.");
        var number = PhoneNumberNormalizer.Normalize(phone);
        if (!number.IsValid) return new(null, $"Your phone: {number.Error}");
        if (await db.CompanyNumbers.AnyAsync(n => n.PhoneNumber == number.E164 && n.ReleasedAt == null, cancellationToken))
            return new(null, "That is one of the company's Telnyx numbers; enter the phone you answer (your mobile or desk phone).");
        await db.Users.Where(u => u.Id == userId).ExecuteUpdateAsync(u => u.SetProperty(x => x.PhoneNumber, number.E164), cancellationToken);
        return new(number.E164, null);
    }

    public async Task<string?> ReadAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        return await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.PhoneNumber).SingleOrDefaultAsync(cancellationToken);
    }
}
