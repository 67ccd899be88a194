using System.Text.Json;
using CrmTelnyx.Data;
using CrmTelnyx.Features.Numbers;
using CrmTelnyx.Features.TextCenter.Compose;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Features.TextCenter.Blasts;

/// <summary>A blast's chosen sender numbers as the number manager knows them now: state (local presence) and speed.</summary>
public sealed record BlastSenderNumber(string PhoneNumber, string? State, bool CanSendBlasts)
{
    public BlastSender ForRotation => new(PhoneNumber, State);

    public static IReadOnlyList<string> Parse(string sendersJson)
    {
        try
        {
            return JsonSerializer.Deserialize<List<string>>(sendersJson) ?? [];
        }
        catch (JsonException)
        {
            return [];
        }
    }

    public static async Task<IReadOnlyList<BlastSenderNumber>> LoadAsync(CrmDbContext db, IReadOnlyCollection<string> phoneNumbers, CancellationToken cancellationToken)
    {
        var numbers = await db.CompanyNumbers.AsNoTracking()
            .Where(n => phoneNumbers.Contains(n.PhoneNumber) && n.ReleasedAt == null)
            .ToListAsync(cancellationToken);
        return numbers.Select(n => new BlastSenderNumber(n.PhoneNumber, n.State, n.CanSendBlasts)).ToList();
    }
}
