using CrmTelnyx.Data;
using CrmTelnyx.Features.Billing.Budget;
using CrmTelnyx.Features.Contacts;
using CrmTelnyx.Features.TextCenter.Compose;
using CrmTelnyx.Features.TextCenter.QuietHours;
using CrmTelnyx.Features.TextCenter.Settings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace CrmTelnyx.Features.TextCenter.Blasts;

/// <summary>
/// Starts a scheduled blast: one pass over its audience turns every recipient into one pending <see cref="Message"/>
/// row — rendered, sender assigned, suppression decided and counted, quiet hours turned into SendAfter — written with
/// the estimate in one transaction, so a blast is either fully prepared or not at all (a restart prepares it again).
/// </summary>
public sealed class StartBlast(CrmDbContext db, BlastActivity activity, BlastBudgetHold budgetHold, TimeProvider time, ILogger<StartBlast> logger)
{
    public sealed record Result(bool Started, string? Error);

    private sealed record Candidate(long Id, string FirstName, string LastName, string? Company, string? State, string Phone, bool OptedOut, string? Sticky);

    /// <summary>Prepares the blast if it is Scheduled (or was left Preparing by a stop); anything else is left alone.</summary>
    public async Task<Result> StartAsync(long blastId, CancellationToken cancellationToken = default)
    {
        // Scheduled → Preparing in one statement, so a blast is never prepared twice at once.
        var taken = await db.Blasts.Where(b => b.Id == blastId && (b.Status == BlastStatus.Scheduled || b.Status == BlastStatus.Preparing))
            .ExecuteUpdateAsync(u => u.SetProperty(b => b.Status, BlastStatus.Preparing), cancellationToken);
        if (taken == 0) return new(false, "The blast is not waiting to start.");
        activity.Changed(blastId);
        try
        {
            var error = await PrepareAsync(blastId, cancellationToken);
            if (error is not null) await FailAsync(blastId, error);
            return new(error is null, error);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Preparing blast {BlastId} failed", blastId);
            await FailAsync(blastId, "Preparing the messages failed: " + e.Message);
            return new(false, e.Message);
        }
        finally
        {
            activity.Changed(blastId);
        }
    }

    private async Task<string?> PrepareAsync(long blastId, CancellationToken cancellationToken)
    {
        var blast = await db.Blasts.SingleAsync(b => b.Id == blastId, cancellationToken);
        var template = MergeTemplate.Parse(blast.Text);
        if (template.Errors.Count > 0) return string.Join(" ", template.Errors);
        if (string.IsNullOrWhiteSpace(blast.Text) && blast.MediaUrl is null) return "The blast has no text.";

        var settings = await db.TextingSettings.AsNoTracking().SingleOrDefaultAsync(cancellationToken) ?? new TextingSettings();
        var chosen = BlastSenderNumber.Parse(blast.SendersJson);
        var senders = (await BlastSenderNumber.LoadAsync(db, chosen, cancellationToken)).Where(s => s.CanSendBlasts).ToList();
        if (senders.Count == 0)
            return "None of the chosen sender numbers may send blasts now (released, paused by the health check, or not allowed to blast); choose others.";

        var audience = await AudienceQuery.ForAsync(db, BlastAudience.FromJson(blast.AudienceJson), cancellationToken);
        if (audience.Error is not null) return audience.Error;

        var now = time.GetUtcNow();
        var rotation = new SenderRotation(senders.Select(s => s.ForRotation).ToList(), blast.Rotation);
        var quietHours = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        var phones = new HashSet<string>(StringComparer.Ordinal);
        var (optedOut, invalid, duplicate, segments) = (0, 0, 0, 0);
        var schedule = new List<(int Segments, DateTimeOffset AllowedFrom)>();

        // Whether the text already says how to opt out is a property of what was written, decided once.
        var footer = blast.IsMarketing && OptOutFooter.IsNeeded(blast.Text);
        var optOuts = db.PhoneOptOuts;
        var stickies = db.StickySenders;
        var candidates = await audience.Contacts!.AsNoTracking().OrderBy(c => c.Id).Select(c => new Candidate(
            c.Id, c.FirstName, c.LastName, c.Company, c.State, c.Phone,
            c.Consent == ConsentStatus.OptedOut || optOuts.Any(o => o.Phone == c.Phone),
            stickies.Where(s => s.Phone == c.Phone).Select(s => s.SenderNumber).FirstOrDefault())).ToListAsync(cancellationToken);
        var rows = new List<Message>(candidates.Count);
        foreach (var c in candidates)
        {
            switch (Suppression(c, phones))
            {
                case SuppressionReason.InvalidNumber: invalid++; continue;
                case SuppressionReason.OptedOut: optedOut++; continue;
                case SuppressionReason.DuplicatePhone: duplicate++; continue;
            }
            var text = template.Render(new Dictionary<string, string?>(4)
            {
                [MergeFields.FirstName] = c.FirstName, [MergeFields.LastName] = c.LastName, [MergeFields.Company] = c.Company, [MergeFields.State] = c.State,
            }).Text;
            if (footer) text = OptOutFooter.Append(text);
            var parts = Math.Max(1, SegmentCounter.Of(text).Parts);
            var sendAfter = AllowedFrom(quietHours, c.Phone, c.State, now);
            segments += parts;
            schedule.Add((parts, sendAfter));
            rows.Add(new Message
            {
                Direction = MessageDirection.Outbound,
                BlastId = blastId,
                ContactId = c.Id,
                From = rotation.Pick(c.State, c.Sticky),
                To = c.Phone,
                Text = text,
                // The dispatcher sends the blast's picture with every row; the row keeps it for the thread.
                MediaUrls = blast.MediaUrl is null ? null : [blast.MediaUrl],
                Status = MessageStatuses.Pending,
                SendAfter = sendAfter,
                CreatedAt = now,
            });
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // A stop mid-prepare rolled its rows back; this only guards against a half-written earlier attempt.
        await db.Messages.Where(m => m.BlastId == blastId).ExecuteDeleteAsync(cancellationToken);
        await using (var insert = new PreparedInsert<Message>(db))
        {
            // In number order, the indexes by number grow at their end instead of splitting pages all over: several times faster.
            foreach (var row in rows.OrderBy(r => r.To, StringComparer.Ordinal)) await insert.InsertAsync(row, cancellationToken);
        }
        await RememberSendersAsync(blastId, cancellationToken);

        var estimate = BlastEstimate.For(schedule, now, (await SenderRates.LoadAsync(db, settings, cancellationToken)).Combined(senders.Select(s => s.PhoneNumber)), settings.SmsRatePerPart);
        blast.Status = BlastStatus.Sending;
        blast.StartedAt = now;
        blast.Recipients = schedule.Count;
        blast.SuppressedOptedOut = optedOut;
        blast.SuppressedInvalid = invalid;
        blast.SuppressedDuplicate = duplicate;
        blast.EstimatedSegments = segments;
        blast.EstimatedCost = blast.MediaUrl is null ? estimate.Cost : schedule.Count * settings.MmsRate;
        blast.EstimatedFinishAt = estimate.FinishesAt;
        blast.Error = null;
        if (schedule.Count == 0)
        {
            blast.Status = BlastStatus.Completed;
            blast.CompletedAt = now;
        }
        // Decided with the rows written, so the estimate is the real one; a held blast's rows wait, pending, for a manager.
        else if (await budgetHold.ReasonAsync(blastId, blast.EstimatedCost, cancellationToken) is { } held)
        {
            blast.Status = BlastStatus.HeldForBudget;
            blast.LastAction = BlastBudgetHold.Held + held;
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Blast {BlastId} prepared: {Recipients} messages, {Suppressed} left out{Held}", blastId, schedule.Count, optedOut + invalid + duplicate,
            blast.Status == BlastStatus.HeldForBudget ? "; held: it would pass the budget" : "");
        return null;
    }

    private static SuppressionReason Suppression(Candidate c, HashSet<string> phones)
    {
        if (!BlastSuppression.IsTextable(c.Phone)) return SuppressionReason.InvalidNumber;
        if (c.OptedOut) return SuppressionReason.OptedOut;
        return phones.Add(c.Phone) ? SuppressionReason.None : SuppressionReason.DuplicatePhone;
    }

    /// <summary>Quiet hours depend on the area code and the contact's state only, so 100,000 recipients need a few hundred decisions.</summary>
    private static DateTimeOffset AllowedFrom(Dictionary<string, DateTimeOffset> cache, string phone, string? state, DateTimeOffset now)
    {
        var key = phone[..5] + "|" + state?.Trim().ToUpperInvariant();
        if (!cache.TryGetValue(key, out var at)) cache[key] = at = QuietHoursCheck.DecideAt(phone, state, now).SendAt;
        return at;
    }

    /// <summary>Each recipient keeps the number this blast texts them from (sticky sender), in one statement.</summary>
    private async Task RememberSendersAsync(long blastId, CancellationToken cancellationToken)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction!.GetDbTransaction();
        // "WHERE true" lets SQLite tell the upsert's ON CONFLICT from a join's ON.
        command.CommandText = """
            INSERT INTO "StickySenders" ("Phone", "SenderNumber", "UpdatedAt")
            SELECT "To", "From", "CreatedAt" FROM "Messages" WHERE "BlastId" = $blast AND true
            ON CONFLICT ("Phone") DO UPDATE SET "SenderNumber" = excluded."SenderNumber", "UpdatedAt" = excluded."UpdatedAt"
            """;
        var parameter = command.CreateParameter();
        parameter.ParameterName = "$blast";
        parameter.Value = blastId;
        command.Parameters.Add(parameter);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task FailAsync(long blastId, string error)
    {
        db.ChangeTracker.Clear();
        await db.Blasts.Where(b => b.Id == blastId).ExecuteUpdateAsync(u => u
            .SetProperty(b => b.Status, BlastStatus.Failed)
            .SetProperty(b => b.Error, error.Length > 1000 ? error[..1000] : error));
    }
}
