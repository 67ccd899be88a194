using System.Collections.Concurrent;
using System.Diagnostics;
using System.Threading.Channels;
using CrmTelnyx.Data;
using CrmTelnyx.Features.Numbers;
using CrmTelnyx.Features.TextCenter.Settings;
using CrmTelnyx.Telnyx;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CrmTelnyx.Features.TextCenter.Blasts;

/// <summary>
/// Sends blasts' due rows (pending, SendAfter passed, blast Sending) through Telnyx at each sender's rate and the
/// account's. Exactly one send per row: a row is claimed (pending → sending, only while its blast is Sending) in the
/// database before Telnyx is called, so pause and cancel hold at any moment and nothing is sent twice. Answers are
/// written back in batches by one writer. On start, rows a stopped app left claimed without Telnyx's answer become
/// "unknown": never resent, settled by webhooks or detail records. A graceful stop lets sends in flight finish.
/// </summary>
public sealed class BlastDispatcher(
    IServiceScopeFactory scopes, BlastActivity activity, TimeProvider time, IOptions<BlastEngineOptions> options, IHostApplicationLifetime lifetime,
    ILogger<BlastDispatcher> logger)
    : BackgroundService
{
    private sealed record DueRow(long Id, long BlastId, string From, string To, string? Text);

    private sealed record Answer(DueRow Row, BlastSendOutcome Outcome, TelnyxMessage? Sent);

    private sealed record Plan(
        IReadOnlyDictionary<long, string?> SendingBlasts, TextingSettings Settings, SenderRates Rates,
        TelnyxClient Telnyx, string? MessagingProfileId, DateTimeOffset At);

    private readonly Channel<Answer> answers = Channel.CreateUnbounded<Answer>(new UnboundedChannelOptions { SingleReader = true });
    private readonly ConcurrentDictionary<Task, byte> sends = new();
    /// <summary>Rows per blast claimed whose answer is not yet written: a blast with any is not complete.</summary>
    private readonly ConcurrentDictionary<long, int> unsettled = new();
    // The rates the Sending blasts' finish estimates were last worked out with.
    private SenderRates? lastRates;
    private readonly SendPacer pacer = new(Stopwatch.GetTimestamp, Stopwatch.Frequency);
    /// <summary>Due rows fetched but not yet claimed, by sender, each in send order.</summary>
    private readonly DueRows due = new();
    private int throttledInARow;
    private long pausedUntil;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await MarkUnknownAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return;
        }
        try
        {
            // The sandbox answers at the app's own address: nothing is sent before the app listens.
            await Task.Delay(Timeout.Infinite, lifetime.ApplicationStarted).WaitAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
        {
        }
        catch (OperationCanceledException)
        {
            return;
        }
        var writer = Task.Run(WriteAnswersAsync, CancellationToken.None);
        try
        {
            await RunAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            // Sends already claimed finish and are recorded, so a graceful stop leaves nothing unknown.
            await Task.WhenAll(sends.Keys).WaitAsync(TimeSpan.FromSeconds(20)).ContinueWith(_ => { }, TaskScheduler.Default);
            answers.Writer.TryComplete();
            await writer;
        }
    }

    private async Task RunAsync(CancellationToken stoppingToken)
    {
        Plan? plan = null;
        var planned = 0L;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (plan is null || Stopwatch.GetElapsedTime(planned) > TimeSpan.FromSeconds(1))
                {
                    plan = await PlanAsync(stoppingToken);
                    planned = Stopwatch.GetTimestamp();
                    due.Clear();
                    await CompleteFinishedAsync(plan, stoppingToken);
                }
                if (plan.SendingBlasts.Count == 0 || Stopwatch.GetTimestamp() < Volatile.Read(ref pausedUntil))
                {
                    await Task.Delay(options.Value.IdleInterval, stoppingToken);
                    continue;
                }
                if (due.Count == 0 && !await FetchDueAsync(plan, stoppingToken))
                {
                    plan = null;
                    await Task.Delay(options.Value.IdleInterval, stoppingToken);
                    continue;
                }
                var picked = Pick(plan);
                if (picked.Count == 0)
                {
                    await Task.Delay(TimeSpan.FromMilliseconds(5), stoppingToken);
                    continue;
                }
                foreach (var row in await ClaimAsync(picked, stoppingToken))
                {
                    unsettled.AddOrUpdate(row.BlastId, 1, (_, n) => n + 1);
                    var send = SendAsync(plan, row);
                    sends.TryAdd(send, 0);
                    _ = send.ContinueWith(t => sends.TryRemove(t, out _), TaskScheduler.Default);
                }
                foreach (var blastId in picked.Select(r => r.BlastId).Distinct()) activity.Changed(blastId);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "The blast dispatcher failed a round; it goes on in a second");
                plan = null;
                await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken);
            }
        }
    }

    /// <summary>What a second of sending needs: the Sending blasts, the rates, each sender's kind and a Telnyx client.</summary>
    private async Task<Plan> PlanAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CrmDbContext>();
        var blasts = await db.Blasts.AsNoTracking().Where(b => b.Status == BlastStatus.Sending)
            .Select(b => new { b.Id, b.MediaUrl }).ToDictionaryAsync(b => b.Id, b => b.MediaUrl, cancellationToken);
        var settings = await db.TextingSettings.AsNoTracking().SingleOrDefaultAsync(cancellationToken) ?? new TextingSettings();
        var rates = await SenderRates.LoadAsync(db, settings, cancellationToken);
        if (!rates.SameAs(lastRates))
        {
            // A campaign's limit, its numbers or the Texting settings changed (or the app just started): the Sending
            // blasts will now finish at another time.
            lastRates = rates;
            try
            {
                var now = time.GetUtcNow();
                foreach (var blastId in blasts.Keys) await BlastFinishEstimate.RefreshAsync(db, blastId, rates, now, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Only an estimate: it must never hold up sending.
                logger.LogWarning(e, "The blasts' finish estimates could not be worked out again");
            }
        }
        var connection = scope.ServiceProvider.GetRequiredService<ITelnyxConnectionSource>();
        string? profile;
        try
        {
            profile = connection.Current.MessagingProfileId is { Length: > 0 } id ? id : null;
        }
        catch (InvalidOperationException)
        {
            // The sandbox's address is known only once the app listens; the send then says Telnyx is unreachable.
            profile = null;
        }
        return new Plan(blasts, settings, rates,
            scope.ServiceProvider.GetRequiredService<TelnyxClient>(), profile, time.GetUtcNow());
    }

    private async Task<bool> FetchDueAsync(Plan plan, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CrmDbContext>();
        var now = time.GetUtcNow();
        var blastIds = plan.SendingBlasts.Keys.ToList();
        var rows = await db.Messages.AsNoTracking()
            .Where(m => m.Status == MessageStatuses.Pending && m.BlastId != null && m.SendAfter <= now && blastIds.Contains(m.BlastId!.Value))
            .OrderBy(m => m.SendAfter).ThenBy(m => m.Id)
            .Select(m => new DueRow(m.Id, m.BlastId!.Value, m.From, m.To, m.Text))
            .Take(1000).ToListAsync(cancellationToken);
        rows.ForEach(due.Add);
        return rows.Count > 0;
    }

    /// <summary>The queued rows that may go now: as many as free send slots, each within its sender's and the account's rate.</summary>
    private List<DueRow> Pick(Plan plan)
    {
        var inFlight = sends.Count;
        var free = options.Value.MaxInFlight - inFlight;
        var picked = new List<DueRow>();
        // A claim costs a statement and a commit: unpaced, wait until a quarter of the slots are free and claim them together.
        if (free <= 0 || (!options.Value.RateLimits && inFlight > 0 && free < options.Value.MaxInFlight / 4)) return picked;
        var settings = plan.Settings;
        // One look per sender per round, not per row: a round costs the same with 1,000 rows queued as with 10.
        var progress = true;
        while (picked.Count < free && progress)
        {
            progress = false;
            foreach (var sender in due.Senders)
            {
                if (picked.Count >= free) break;
                if (options.Value.RateLimits)
                {
                    var senderRate = plan.Rates.For(sender).MessagesPerSecond;
                    bool mayGo;
                    lock (pacer) mayGo = pacer.TryTake(sender, senderRate, settings.AccountMessagesPerSecond);
                    if (!mayGo) continue;
                }
                picked.Add(due.Take(sender));
                progress = true;
            }
        }
        return picked;
    }

    /// <summary>Rows waiting to be claimed, queued per sender so pacing looks at each sender once per round.</summary>
    private sealed class DueRows
    {
        private readonly Dictionary<string, Queue<DueRow>> bySender = new(StringComparer.Ordinal);

        public int Count { get; private set; }

        public IReadOnlyList<string> Senders => bySender.Keys.ToList();

        public void Add(DueRow row)
        {
            if (!bySender.TryGetValue(row.From, out var queue)) bySender[row.From] = queue = new Queue<DueRow>();
            queue.Enqueue(row);
            Count++;
        }

        public DueRow Take(string sender)
        {
            var queue = bySender[sender];
            var row = queue.Dequeue();
            if (queue.Count == 0) bySender.Remove(sender);
            Count--;
            return row;
        }

        public void Clear()
        {
            bySender.Clear();
            Count = 0;
        }
    }

    /// <summary>pending → sending in one statement, only while the blast is still Sending; returns the rows this call owns.</summary>
    private async Task<IReadOnlyList<DueRow>> ClaimAsync(List<DueRow> rows, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CrmDbContext>();
        var ids = rows.Select(r => r.Id).ToList();
        var now = time.GetUtcNow();
        var claimed = await db.Messages
            .Where(m => ids.Contains(m.Id) && m.Status == MessageStatuses.Pending
                && db.Blasts.Any(b => b.Id == m.BlastId && b.Status == BlastStatus.Sending))
            .ExecuteUpdateAsync(u => u.SetProperty(m => m.Status, MessageStatuses.Sending).SetProperty(m => m.ClaimedAt, now)
                .SetProperty(m => m.UpdatedAt, now), cancellationToken);
        if (claimed == rows.Count) return rows;
        if (claimed == 0) return [];
        var mine = await db.Messages.AsNoTracking()
            .Where(m => ids.Contains(m.Id) && m.Status == MessageStatuses.Sending && m.ClaimedAt == now && m.TelnyxMessageId == null)
            .Select(m => m.Id).ToListAsync(cancellationToken);
        return rows.Where(r => mine.Contains(r.Id)).ToList();
    }

    private async Task SendAsync(Plan plan, DueRow row)
    {
        // Yield first: the loop goes on claiming while this waits for Telnyx.
        await Task.Yield();
        var media = plan.SendingBlasts.GetValueOrDefault(row.BlastId);
        var request = new SendMessageRequest(row.From, row.To, row.Text)
        {
            MessagingProfileId = plan.MessagingProfileId,
            MediaUrls = media is null ? null : [media],
            Type = media is null ? null : "MMS",
        };
        Answer answer;
        try
        {
            // Not the stopping token: a send under way finishes and is recorded, so a stop leaves no doubt about it.
            var sent = await plan.Telnyx.SendMessageAsync(request, CancellationToken.None);
            answer = new Answer(row, new BlastSendOutcome(BlastSendResult.Sent, null, null), sent);
        }
        catch (TelnyxException e)
        {
            answer = new Answer(row, BlastSendOutcome.Of(e), null);
        }
        catch (Exception e)
        {
            logger.LogError(e, "Sending blast message {Id} failed unexpectedly", row.Id);
            answer = new Answer(row, new BlastSendOutcome(BlastSendResult.Unknown, null,
                "It is not known whether Telnyx sent this message (the send failed unexpectedly). It is not sent again; Telnyx's reports settle it."), null);
        }
        if (answer.Outcome.Result == BlastSendResult.SlowDown) SlowDown(answer.Outcome);
        else if (answer.Outcome.Result == BlastSendResult.Sent) Interlocked.Exchange(ref throttledInARow, 0);
        answers.Writer.TryWrite(answer);
    }

    private void SlowDown(BlastSendOutcome outcome)
    {
        // Many sends in flight meet the same limit at once: that is one slow-down, not one per answer.
        if (Stopwatch.GetTimestamp() < Volatile.Read(ref pausedUntil)) return;
        var o = options.Value;
        // Telnyx saying "too many" again means slower still; Telnyx not reached (no code) is a short, flat pause.
        var times = outcome.ErrorCode is null ? 1 : Interlocked.Increment(ref throttledInARow);
        var pause = TimeSpan.FromTicks(Math.Min(o.MaxBackOff.Ticks, o.BackOff.Ticks * (1L << Math.Min(times - 1, 16))));
        Volatile.Write(ref pausedUntil, Stopwatch.GetTimestamp() + (long)(pause.TotalSeconds * Stopwatch.Frequency));
        lock (pacer) pacer.SlowDown();
        logger.LogWarning("Telnyx asked the blast dispatcher to slow down ({Reason}); pausing {Pause}", outcome.ErrorDetail, pause);
    }

    /// <summary>One writer records answers in batches: one transaction for many rows keeps up with 1,000 sends a second.</summary>
    private async Task WriteAnswersAsync()
    {
        var batch = new List<Answer>();
        while (await answers.Reader.WaitToReadAsync())
        {
            // A moment's wait lets answers gather: one commit for many rows instead of one for each.
            await Task.Delay(TimeSpan.FromMilliseconds(10));
            batch.Clear();
            while (batch.Count < 500 && answers.Reader.TryRead(out var answer)) batch.Add(answer);
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var writer = ActivatorUtilities.CreateInstance<BlastAnswerWriter>(scope.ServiceProvider);
                await writer.WriteAsync(batch.Select(a => (a.Row.Id, a.Row.BlastId, a.Row.To, a.Outcome, a.Sent)).ToList());
                foreach (var optedOut in batch.Where(a => a.Outcome.OptedOut))
                    await writer.MarkOptedOutAsync(optedOut.Row.Id, optedOut.Row.To);
            }
            catch (Exception e)
            {
                // The rows stay "sending" without an id: the next start marks them unknown rather than sending again.
                logger.LogError(e, "Recording {Count} blast send answers failed", batch.Count);
            }
            foreach (var answer in batch)
            {
                if (answer.Outcome.Result == BlastSendResult.Sent) lock (pacer) pacer.Succeeded();
                unsettled.AddOrUpdate(answer.Row.BlastId, 0, (_, n) => n - 1);
            }
            foreach (var blastId in batch.Select(a => a.Row.BlastId).Distinct()) activity.Changed(blastId);
        }
    }

    /// <summary>A Sending blast with nothing left to send and no answer outstanding is Completed (statuses keep arriving).</summary>
    private async Task CompleteFinishedAsync(Plan plan, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CrmDbContext>();
        foreach (var blastId in plan.SendingBlasts.Keys)
        {
            if (unsettled.GetValueOrDefault(blastId) > 0) continue;
            var left = await db.Messages.AnyAsync(m => m.BlastId == blastId
                && (m.Status == MessageStatuses.Pending || (m.Status == MessageStatuses.Sending && m.TelnyxMessageId == null)), cancellationToken);
            if (left) continue;
            var now = time.GetUtcNow();
            var done = await db.Blasts.Where(b => b.Id == blastId && b.Status == BlastStatus.Sending)
                .ExecuteUpdateAsync(u => u.SetProperty(b => b.Status, BlastStatus.Completed).SetProperty(b => b.CompletedAt, now), cancellationToken);
            if (done > 0)
            {
                logger.LogInformation("Blast {BlastId} completed", blastId);
                activity.Changed(blastId);
            }
        }
    }

    /// <summary>Rows a stopped app left claimed without Telnyx's answer: it may have sent them, so they are never sent blindly again.</summary>
    private async Task MarkUnknownAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CrmDbContext>();
        var blastIds = await db.Messages.Where(m => m.BlastId != null && m.Status == MessageStatuses.Sending && m.TelnyxMessageId == null)
            .Select(m => m.BlastId!.Value).Distinct().ToListAsync(cancellationToken);
        if (blastIds.Count == 0) return;
        var now = time.GetUtcNow();
        var marked = await db.Messages.Where(m => m.BlastId != null && m.Status == MessageStatuses.Sending && m.TelnyxMessageId == null)
            .ExecuteUpdateAsync(u => u.SetProperty(m => m.Status, MessageStatuses.Unknown)
                .SetProperty(m => m.ErrorDetail, BlastSendOutcome.UnknownAfterStop).SetProperty(m => m.UpdatedAt, now), cancellationToken);
        logger.LogWarning("{Count} blast messages were being sent when the app stopped: marked unknown, to be settled by Telnyx's reports", marked);
        blastIds.ForEach(activity.Changed);
    }
}
