using System.Text.Json;
using CrmTelnyx.Data;
using CrmTelnyx.Features.Numbers;
using CrmTelnyx.Features.TextCenter.Compose;
using CrmTelnyx.Features.TextCenter.Settings;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Features.TextCenter.Blasts;

/// <summary>A blast's chosen sender numbers as the number manager knows them now: state (local presence) and speed.</summary>
public sealed record BlastSenderNumber(string PhoneNumber, string? State, NumberKind Kind, bool CanSendBlasts)
{
    public BlastSender ForRotation => new(PhoneNumber, State);

    /// <summary>Messages per second this number may send, by its kind (toll-free numbers are faster than 10DLC ones).</summary>
    public double MessagesPerSecond(TextingSettings settings) =>
        Kind == NumberKind.TollFree ? settings.TollFreeMessagesPerSecond : settings.LocalNumberMessagesPerSecond;

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
        return numbers.Select(n => new BlastSenderNumber(n.PhoneNumber, n.State, n.Kind, n.CanSendBlasts)).ToList();
    }

    /// <summary>The senders' rates together, capped by the account's limit.</summary>
    public static double CombinedRate(IEnumerable<BlastSenderNumber> senders, TextingSettings settings) =>
        Math.Min(settings.AccountMessagesPerSecond, senders.Sum(s => s.MessagesPerSecond(settings)));
}
