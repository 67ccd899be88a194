using CrmTelnyx.Telnyx;

namespace CrmTelnyx.Features.TextCenter;

/// <summary>What a message.sent / message.finalized event changes on a message: status forward only, cost and timings once.</summary>
public static class MessageStatusUpdate
{
    /// <returns>Whether anything a user could see changed.</returns>
    public static bool Apply(Message message, TelnyxMessage payload, string eventType, DateTimeOffset now)
    {
        var finalized = eventType == TelnyxEventTypes.MessageFinalized;
        var status = payload.RecipientStatus ?? (eventType == TelnyxEventTypes.MessageSent ? MessageStatuses.Sent : null);
        var changed = false;

        if (MessageStatusRank.MovesForward(message.Status, status))
        {
            message.Status = status!;
            changed = true;
            if (payload.Errors.FirstOrDefault() is { } error && message.ErrorCode is null)
            {
                message.ErrorCode = error.Code;
                message.ErrorDetail = error.Detail ?? error.Title;
            }
        }

        // Telnyx bills on the final event; taking it once keeps a repeated or late event from counting twice.
        if (finalized && message.CostAmount is null && payload.Cost?.Amount is { } amount)
        {
            message.CostAmount = amount;
            message.CostCurrency = payload.Cost.Currency;
            changed = true;
        }

        changed |= FillOnce(message.Parts, payload.Parts, v => message.Parts = v);
        changed |= FillOnce(message.Encoding, payload.Encoding, v => message.Encoding = v);
        changed |= FillOnce(message.SentAt, payload.SentAt, v => message.SentAt = v);
        if (finalized) changed |= FillOnce(message.CompletedAt, payload.CompletedAt, v => message.CompletedAt = v);

        if (changed) message.UpdatedAt = now;
        return changed;
    }

    private static bool FillOnce<T>(T? current, T? incoming, Action<T> set)
    {
        if (current is not null || incoming is null) return false;
        set(incoming);
        return true;
    }
}
