using CrmTelnyx.Data;
using CrmTelnyx.Telnyx;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CrmTelnyx.Features.TextCenter.Blasts;

/// <summary>
/// Settles blast rows left "unknown" (claimed, no answer recorded) from Telnyx's message detail records: a record from
/// the row's sender to its recipient, made after the claim, is that send. Webhooks usually settle them first (by from
/// and to); this covers webhooks that were lost too. A row Telnyx has no record of stays unknown: it is never resent.
/// </summary>
public sealed class SettleUnknownBlastMessages(
    IServiceScopeFactory scopes, BlastActivity activity, TimeProvider time, IOptions<BlastEngineOptions> options, ILogger<SettleUnknownBlastMessages> logger)
    : BackgroundService
{
    /// <summary>Detail records are read 50 to a page; this bounds one round's requests.</summary>
    private const int MaxPages = 20;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(options.Value.SettleInterval, stoppingToken);
                await SettleAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                logger.LogWarning(e, "Settling unknown blast messages from Telnyx's detail records failed; trying again later");
            }
        }
    }

    /// <returns>How many rows were settled.</returns>
    public async Task<int> SettleAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CrmDbContext>();
        var unknown = await db.Messages
            .Where(m => m.BlastId != null && m.Status == MessageStatuses.Unknown && m.TelnyxMessageId == null)
            .OrderBy(m => m.Id).Take(500).ToListAsync(cancellationToken);
        if (unknown.Count == 0) return 0;

        var telnyx = scope.ServiceProvider.GetRequiredService<TelnyxClient>();
        var waiting = unknown.GroupBy(m => (m.From, m.To)).ToDictionary(g => g.Key, g => new Queue<Message>(g));
        var since = unknown.Min(m => m.ClaimedAt ?? m.CreatedAt) - TimeSpan.FromMinutes(5);
        var until = time.GetUtcNow() + TimeSpan.FromMinutes(1);
        var settled = 0;
        for (var page = 1; page <= MaxPages && waiting.Count > 0; page++)
        {
            var records = await telnyx.GetMessagingDetailRecordsAsync(new DetailRecordQuery(since, until, page) { Direction = "outbound" }, cancellationToken);
            foreach (var record in records.Data)
            {
                if (record.Uuid is null || record.Cli is null || record.Cld is null || !waiting.TryGetValue((record.Cli, record.Cld), out var rows)) continue;
                var row = rows.Peek();
                if (record.CreatedAt < (row.ClaimedAt ?? row.CreatedAt) - TimeSpan.FromMinutes(1)) continue;
                if (await db.Messages.AnyAsync(m => m.TelnyxMessageId == record.Uuid, cancellationToken)) continue;
                rows.Dequeue();
                if (rows.Count == 0) waiting.Remove((record.Cli, record.Cld));
                Apply(row, record);
                settled++;
            }
            if (records.Meta is null || page >= records.Meta.TotalPages) break;
        }
        if (settled == 0) return 0;
        await db.SaveChangesAsync(cancellationToken);
        foreach (var blastId in unknown.Where(m => m.Status != MessageStatuses.Unknown).Select(m => m.BlastId!.Value).Distinct()) activity.Changed(blastId);
        logger.LogInformation("{Count} unknown blast messages settled from Telnyx's detail records", settled);
        return settled;
    }

    private void Apply(Message row, MessageDetailRecord record)
    {
        row.TelnyxMessageId = record.Uuid;
        row.Status = record.Status switch
        {
            "delivered" => MessageStatuses.Delivered,
            "gw_reject" => MessageStatuses.SendingFailed,
            "failed" => MessageStatuses.DeliveryFailed,
            "dlr_unconfirmed" or "dlr_timeout" or "gw_timeout" => MessageStatuses.DeliveryUnconfirmed,
            // Telnyx has it but no outcome yet: it was sent; webhooks bring the rest.
            _ => MessageStatuses.Sent,
        };
        row.ErrorDetail = row.Status is MessageStatuses.Delivered or MessageStatuses.Sent ? null
            : $"Settled from Telnyx's detail record: {record.Status}.";
        row.Parts ??= record.Parts;
        row.SentAt ??= record.SentAt;
        row.CompletedAt ??= record.CompletedAt;
        if (row.CostAmount is null && record.Cost is { } cost)
        {
            row.CostAmount = cost;
            row.CostCurrency = record.Currency;
        }
        row.UpdatedAt = time.GetUtcNow();
    }
}
