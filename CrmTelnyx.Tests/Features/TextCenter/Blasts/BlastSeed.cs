using CrmTelnyx.Features.TextCenter;
using CrmTelnyx.Features.TextCenter.Blasts;
using CrmTelnyx.Tests.Infrastructure;

namespace CrmTelnyx.Tests.Features.TextCenter.Blasts;

/// <summary>A started blast as the engine leaves it: the blast row and one message row per recipient, in the statuses given.</summary>
public static class BlastSeed
{
    public sealed record Row(string Status, string? TelnyxId = null, string? ErrorCode = null, string? ErrorDetail = null, decimal? Cost = null);

    public static Task<long> StartedAsync(CrmAppFactory app, string name, BlastStatus status, params Row[] rows) => app.WithDbAsync(async db =>
    {
        var now = DateTimeOffset.UtcNow;
        var blast = new Blast
        {
            Name = name, Status = status, Text = "Hi {firstName|there}, our sale starts today.", AudienceJson = "{}", AudienceDescription = "Tag VIP",
            SendersJson = "[\"+13125550100\"]", CreatedAt = now.AddMinutes(-5), StartedAt = now.AddMinutes(-4), Recipients = rows.Length,
            EstimatedSegments = rows.Length, EstimatedCost = rows.Length * 0.007m, SuppressedOptedOut = 2, SuppressedInvalid = 1,
        };
        db.Add(blast);
        await db.SaveChangesAsync();
        var i = 0;
        foreach (var row in rows)
        {
            i++;
            db.Add(new Message
            {
                BlastId = blast.Id, Direction = MessageDirection.Outbound, From = "+13125550100", To = $"+1312555{blast.Id % 100:00}{i:00}",
                Text = "Hi there, our sale starts today.", Status = row.Status, TelnyxMessageId = row.TelnyxId, ErrorCode = row.ErrorCode,
                ErrorDetail = row.ErrorDetail, CostAmount = row.Cost, CostCurrency = row.Cost is null ? null : "USD", Parts = 1,
                CreatedAt = now.AddMinutes(-4),
                // Pending rows wait (as for quiet hours), so a dispatcher running in the same app leaves them for the test.
                SendAfter = row.Status == MessageStatuses.Pending ? now.AddHours(2) : now.AddMinutes(-4),
                ClaimedAt = row.Status == MessageStatuses.Pending ? null : now.AddMinutes(-3),
            });
        }
        await db.SaveChangesAsync();
        return blast.Id;
    });
}
