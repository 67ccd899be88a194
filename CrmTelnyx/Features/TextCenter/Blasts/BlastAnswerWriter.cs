using System.Data.Common;
using CrmTelnyx.Data;
using CrmTelnyx.Features.Compliance;
using CrmTelnyx.Telnyx;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace CrmTelnyx.Features.TextCenter.Blasts;

/// <summary>Records Telnyx's answers to a batch of blast sends in one transaction (one prepared UPDATE re-bound per row).</summary>
public sealed class BlastAnswerWriter(CrmDbContext db, TimeProvider time)
{
    public async Task WriteAsync(IReadOnlyList<(long Id, long BlastId, string To, BlastSendOutcome Outcome, TelnyxMessage? Sent)> answers)
    {
        if (answers.Count == 0) return;
        var now = time.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = transaction.GetDbTransaction();
        // Only a row still claimed by this send is written: nothing else may have touched it, but it costs nothing to be sure.
        command.CommandText = """
            UPDATE "Messages" SET "Status" = $status, "TelnyxMessageId" = $telnyxId, "Parts" = COALESCE("Parts", $parts),
                "Encoding" = COALESCE("Encoding", $encoding), "ErrorCode" = $code, "ErrorDetail" = $detail, "UpdatedAt" = $now,
                "ClaimedAt" = CASE WHEN $status = 'pending' THEN NULL ELSE "ClaimedAt" END
            WHERE "Id" = $id AND "Status" = 'sending' AND "TelnyxMessageId" IS NULL
            """;
        var p = new[] { "$status", "$telnyxId", "$parts", "$encoding", "$code", "$detail", "$now", "$id" }
            .ToDictionary(name => name, name => Add(command, name));
        p["$now"].Value = now;
        command.Prepare();
        foreach (var (id, _, _, outcome, sent) in answers)
        {
            p["$id"].Value = id;
            p["$status"].Value = outcome.Result switch
            {
                BlastSendResult.Sent => MessageStatusRank.MovesForward(MessageStatuses.Sending, sent?.RecipientStatus) ? sent!.RecipientStatus! : MessageStatuses.Sending,
                BlastSendResult.Failed => MessageStatuses.SendingFailed,
                BlastSendResult.SlowDown => MessageStatuses.Pending,
                _ => MessageStatuses.Unknown,
            };
            p["$telnyxId"].Value = (object?)sent?.Id ?? DBNull.Value;
            p["$parts"].Value = (object?)sent?.Parts ?? DBNull.Value;
            p["$encoding"].Value = (object?)sent?.Encoding ?? DBNull.Value;
            // A slow-down is not the row's fault: it goes back clean.
            var keepError = outcome.Result is BlastSendResult.Failed or BlastSendResult.Unknown;
            p["$code"].Value = keepError ? (object?)outcome.ErrorCode ?? DBNull.Value : DBNull.Value;
            p["$detail"].Value = keepError ? (object?)Truncate(outcome.ErrorDetail) ?? DBNull.Value : DBNull.Value;
            await command.ExecuteNonQueryAsync();
        }
        await transaction.CommitAsync();
    }

    /// <summary>Telnyx refused a text because the number replied STOP: the number, and its contact, are opted out here too.</summary>
    public async Task MarkOptedOutAsync(long messageId, string phone)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var contactId = await db.Messages.Where(m => m.Id == messageId).Select(m => m.ContactId).SingleOrDefaultAsync();
        var contact = contactId is null ? null : await db.Contacts.SingleOrDefaultAsync(c => c.Id == contactId && c.Phone == phone);
        if (contact is not null && contact.Consent != Contacts.ConsentStatus.OptedOut)
            await ConsentRecorder.SetAsync(db, contact, Contacts.ConsentStatus.OptedOut, ConsentSource.SmsKeyword,
                "Telnyx blocked a blast text: the number replied STOP (error 40300)", "Telnyx", now);
        else
            await ConsentRecorder.SetNumberAsync(db, phone, Contacts.ConsentStatus.OptedOut, ConsentSource.SmsKeyword, now);
        await db.SaveChangesAsync();
    }

    private static DbParameter Add(DbCommand command, string name)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        command.Parameters.Add(parameter);
        return parameter;
    }

    private static string? Truncate(string? text) => text is { Length: > 1000 } ? text[..1000] : text;
}
