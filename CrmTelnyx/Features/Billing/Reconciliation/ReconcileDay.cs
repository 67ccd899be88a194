using CrmTelnyx.Data;
using CrmTelnyx.Features.Billing.Ledger;
using CrmTelnyx.Features.Billing.Tab;
using CrmTelnyx.Features.Calls;
using CrmTelnyx.Features.Calls.Settlement;
using CrmTelnyx.Features.Numbers;
using CrmTelnyx.Features.TextCenter;
using CrmTelnyx.Telnyx;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Features.Billing.Reconciliation;

/// <summary>
/// Compares a company day's ledger with Telnyx's detail records and lists the differences: charged by Telnyx but missing in
/// the app (a lost message.finalized or call.cost), in the app but unknown to Telnyx, or a different cost. Telnyx is
/// what the company pays, so what the app missed or got wrong is filled from the record: the text's or leg's cost is
/// set, and the ledger posts it (a first entry, or a correction), as if the webhook had arrived. Nothing changes when
/// Telnyx cannot be read in full.
/// </summary>
public sealed class ReconcileDay(CrmDbContext db, TelnyxClient telnyx, TimeProvider time, OneAtATime<ReconcileDay> gate, ILogger<ReconcileDay> logger)
{
    private const string TextPrefix = "text:";
    private const string LegPrefix = "call-leg:";

    /// <summary>A call-control record the app has no leg for: entered under its call_leg_id.</summary>
    private const string CallRecordPrefix = "call-record:";

    public async Task<ReconciliationRun> RunAsync(DateOnly day, string startedBy, CancellationToken cancellationToken = default)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            var period = BillingPeriod.Days(day, day, await CompanyClock.ZoneAsync(db, cancellationToken));
            var run = new ReconciliationRun { Day = day, StartedAt = time.GetUtcNow().UtcDateTime, StartedBy = startedBy };
            TelnyxDayRecords records;
            try
            {
                records = await TelnyxDayRecords.ReadAsync(telnyx, period.FromUtc, period.ToUtc, cancellationToken);
            }
            catch (Exception e) when (e is TelnyxException or InvalidOperationException)
            {
                run.Error = $"Telnyx's detail records could not be read, so nothing was compared or changed: {e.Message}";
                logger.LogWarning("Reconciliation of {Day} stopped: {Reason}", day, e.Message);
                return await SaveAsync(run, cancellationToken);
            }

            var window = new Window(period.FromUtc.UtcDateTime, period.ToUtc.UtcDateTime);
            await CompareTextsAsync(run, window, records.Texts, cancellationToken);
            await CompareCallsAsync(run, window, records.Calls, cancellationToken);
            run = await SaveAsync(run, cancellationToken);
            logger.LogInformation("Reconciled {Day}: {Records} Telnyx records, {Sources} in the ledger, {Differences} differences",
                day, run.TelnyxRecords, run.LedgerSources, run.Differences.Count);
            return run;
        }
        finally
        {
            gate.Release();
        }
    }

    private sealed record Window(DateTime From, DateTime To)
    {
        public bool Holds(DateTimeOffset? at) => at is { } a && a.UtcDateTime >= From && a.UtcDateTime < To;
    }

    private async Task CompareTextsAsync(ReconciliationRun run, Window window, IReadOnlyList<MessageDetailRecord> records, CancellationToken cancellationToken)
    {
        var telnyxIds = records.Select(r => r.Uuid!).ToHashSet();
        var ofDay = records.Where(r => r.Cost is not null && window.Holds(r.CompletedAt ?? r.SentAt ?? r.CreatedAt)).ToList();
        var ledger = await LedgerSumsAsync([LedgerEntryType.Sms, LedgerEntryType.Mms], window, ofDay.Select(r => TextPrefix + r.Uuid), cancellationToken);
        run.TelnyxRecords += ofDay.Count;
        run.LedgerSources += ledger.Values.Count(s => s.InDay);

        foreach (var record in ofDay)
        {
            var charged = LedgerEntry.Micros(record.Cost!.Value);
            var entered = ledger.GetValueOrDefault(TextPrefix + record.Uuid);
            if (entered?.Micros == charged || (entered is null && charged == 0)) continue;
            var difference = Found(record.MessageType == "MMS" ? LedgerEntryType.Mms : LedgerEntryType.Sms, record.Uuid!,
                record.CompletedAt ?? record.SentAt ?? record.CreatedAt, record.Cli, record.Cld, entered, charged);
            run.Differences.Add(difference);
            await FillTextAsync(record, difference, entered, cancellationToken);
        }
        foreach (var missing in ledger.Values.Where(s => s.InDay && !telnyxIds.Contains(s.Source[TextPrefix.Length..])))
            run.Differences.Add(MissingAtTelnyx(missing, LedgerEntryType.Sms, missing.Source[TextPrefix.Length..]));
    }

    /// <summary>Sets the text's cost as message.finalized would (the ledger posts it); a text the app never had is entered directly.</summary>
    private async Task FillTextAsync(MessageDetailRecord record, ReconciliationDifference difference, LedgerSum? entered, CancellationToken cancellationToken)
    {
        var text = await db.Messages.FirstOrDefaultAsync(m => m.TelnyxMessageId == record.Uuid, cancellationToken);
        if (text is not null && text.CostAmount != record.Cost)
        {
            text.CostAmount = record.Cost;
            text.CostCurrency = record.Currency ?? text.CostCurrency;
            text.Parts ??= record.Parts;
            text.CompletedAt ??= record.CompletedAt;
            text.UpdatedAt = time.GetUtcNow();
            return;
        }
        var outbound = record.Direction != "inbound";
        var companyNumber = outbound ? record.Cli : record.Cld;
        var entry = await DirectEntryAsync(TextPrefix + record.Uuid, difference, entered, companyNumber, cancellationToken);
        entry.Direction = outbound ? LedgerDirection.Outbound : LedgerDirection.Inbound;
        entry.Quantity = (record.Parts ?? 1) - (entered?.Quantity ?? 0);
        entry.ContactId = text?.ContactId;
        entry.BlastId = text?.BlastId;
        db.LedgerEntries.Add(entry);
    }

    private async Task CompareCallsAsync(ReconciliationRun run, Window window, IReadOnlyList<CallDetailRecord> records, CancellationToken cancellationToken)
    {
        var (since, until) = (window.From - TelnyxDayRecords.Before, window.To + TelnyxDayRecords.After);
        var legs = await db.CallLegs.Include(l => l.Call).ThenInclude(c => c!.Legs)
            .Where(l => (l.EndedAt >= since && l.EndedAt < until) || (l.StartedAt >= since && l.StartedAt < until))
            .ToListAsync(cancellationToken);
        var matched = CallDetailRecordMatch.Match(legs, l => new LegFacts(l.CallLegId, l.To, l.StartedAt, l.Role == CallLegRole.Agent, l.Call!.From, l.Call.CallSessionId), records)
            .Where(m => m.Record is not null).ToDictionary(m => m.Record!, m => m.Leg);
        var telnyxLegs = matched.Values.Select(l => LegPrefix + l.CallControlId).ToHashSet();
        var telnyxLegIds = records.Select(r => r.CallLegId ?? r.Id).ToHashSet();

        var ofDay = records.Where(r => r.Cost is not null && window.Holds(r.FinishedAt ?? r.StartedAt)).ToList();
        var sourceOf = ofDay.ToDictionary(r => r, r => matched.TryGetValue(r, out var leg) ? LegPrefix + leg.CallControlId : CallRecordPrefix + (r.CallLegId ?? r.Id));
        var ledger = await LedgerSumsAsync([LedgerEntryType.Call], window, sourceOf.Values, cancellationToken);
        run.TelnyxRecords += ofDay.Count;
        run.LedgerSources += ledger.Values.Count(s => s.InDay);

        foreach (var record in ofDay)
        {
            var charged = LedgerEntry.Micros(record.Cost!.Value);
            var entered = ledger.GetValueOrDefault(sourceOf[record]);
            if (entered?.Micros == charged || (entered is null && charged == 0)) continue;
            var leg = matched.GetValueOrDefault(record);
            var difference = Found(LedgerEntryType.Call, record.CallLegId ?? record.Id!, record.FinishedAt ?? record.StartedAt, record.Cli, record.Cld, entered, charged);
            run.Differences.Add(difference);
            if (leg is not null && leg.Cost != record.Cost)
            {
                // As call.cost would: the ledger posts the leg's cost in this save.
                leg.CallLegId ??= record.CallLegId;
                leg.Cost = record.Cost;
                leg.BilledSeconds = record.BilledSec ?? leg.BilledSeconds;
                leg.EndedAt ??= record.FinishedAt?.UtcDateTime;
                CallRollUp.AddUpCosts(leg.Call!);
                continue;
            }
            var outbound = record.Direction != "inbound";
            var entry = await DirectEntryAsync(sourceOf[record], difference, entered, outbound ? record.Cli : record.Cld, cancellationToken);
            entry.Direction = outbound ? LedgerDirection.Outbound : LedgerDirection.Inbound;
            entry.Quantity = (record.BilledSec ?? 0) - (entered?.Quantity ?? 0);
            entry.ContactId = leg?.Call?.ContactId;
            entry.AgentUserId = leg?.Call?.AgentUserId ?? leg?.AgentUserId;
            db.LedgerEntries.Add(entry);
        }
        foreach (var missing in ledger.Values.Where(s => s.InDay && !telnyxLegs.Contains(s.Source)
                     && !(s.Source.StartsWith(CallRecordPrefix) && telnyxLegIds.Contains(s.Source[CallRecordPrefix.Length..]))))
            run.Differences.Add(MissingAtTelnyx(missing, LedgerEntryType.Call, missing.RecordId ?? missing.Source));
    }

    /// <param name="InDay">Whether the ledger has it on the day compared (else it was found by its source on another day).</param>
    private sealed record LedgerSum(string Source, string? RecordId, long Micros, int Quantity, DateTime OccurredAt, string? CompanyNumber, bool IsMms, bool InDay);

    /// <summary>The ledger's sums per source: every source entered on the day, and the given ones wherever they were entered.</summary>
    private async Task<Dictionary<string, LedgerSum>> LedgerSumsAsync(LedgerEntryType[] types, Window window, IEnumerable<string> sources, CancellationToken cancellationToken)
    {
        var sums = await Sums(db.LedgerEntries.Where(e => types.Contains(e.Type) && e.OccurredAt >= window.From && e.OccurredAt < window.To), inDay: true)
            .ToDictionaryAsync(s => s.Source, cancellationToken);
        foreach (var chunk in sources.Where(s => !sums.ContainsKey(s)).Chunk(500))
            foreach (var sum in await Sums(db.LedgerEntries.Where(e => chunk.Contains(e.Source)), inDay: false).ToListAsync(cancellationToken))
                sums[sum.Source] = sum;
        return sums;
    }

    private static IQueryable<LedgerSum> Sums(IQueryable<LedgerEntry> entries, bool inDay) => entries
        .GroupBy(e => e.Source)
        .Select(g => new LedgerSum(g.Key, g.Max(e => e.TelnyxRecordId), g.Sum(e => e.AmountMicros), g.Sum(e => e.Quantity), g.Min(e => e.OccurredAt),
            g.Max(e => e.CompanyNumber), g.Max(e => e.Type == LedgerEntryType.Mms ? 1 : 0) == 1, inDay));

    /// <summary>A charge of Telnyx's the ledger lacks or has at another amount; the run enters Telnyx's figure.</summary>
    private static ReconciliationDifference Found(LedgerEntryType type, string recordId, DateTimeOffset? at, string? from, string? to, LedgerSum? entered, long charged) => new()
    {
        Kind = entered is null ? DifferenceKind.MissingInApp : DifferenceKind.CostDiffers,
        Type = type,
        TelnyxRecordId = recordId,
        OccurredAt = at!.Value.UtcDateTime,
        From = from,
        To = to,
        LedgerMicros = entered?.Micros,
        TelnyxMicros = charged,
        Filled = true,
    };

    private static ReconciliationDifference MissingAtTelnyx(LedgerSum sum, LedgerEntryType type, string recordId) => new()
    {
        Kind = DifferenceKind.MissingAtTelnyx,
        Type = sum.IsMms ? LedgerEntryType.Mms : type,
        TelnyxRecordId = recordId,
        OccurredAt = sum.OccurredAt,
        From = sum.CompanyNumber,
        LedgerMicros = sum.Micros,
    };

    /// <summary>An entry for what Telnyx charged and the ledger lacks, when no text or leg of the app carries it.</summary>
    private async Task<LedgerEntry> DirectEntryAsync(string source, ReconciliationDifference difference, LedgerSum? entered, string? companyNumber, CancellationToken cancellationToken) => new()
    {
        Source = source,
        IsCorrection = entered is not null,
        OccurredAt = difference.OccurredAt,
        Type = difference.Type,
        CompanyNumber = companyNumber,
        State = companyNumber is null ? null
            : await db.CompanyNumbers.AsNoTracking().Where(n => n.PhoneNumber == companyNumber).Select(n => n.State).FirstOrDefaultAsync(cancellationToken),
        AmountMicros = difference.TelnyxMicros!.Value - (entered?.Micros ?? 0),
        TelnyxRecordId = difference.TelnyxRecordId,
        RecordedAt = time.GetUtcNow().UtcDateTime,
    };

    private async Task<ReconciliationRun> SaveAsync(ReconciliationRun run, CancellationToken cancellationToken)
    {
        run.FinishedAt = time.GetUtcNow().UtcDateTime;
        db.ReconciliationRuns.Add(run);
        await db.SaveChangesAsync(cancellationToken);
        return run;
    }
}
