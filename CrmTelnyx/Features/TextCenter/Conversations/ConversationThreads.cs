using CrmTelnyx.Data;
using CrmTelnyx.Live;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Features.TextCenter.Conversations;

/// <summary>
/// Keeps the inbox's thread for a phone number in step with a text just recorded: an inbound text creates or reopens
/// it and counts as unread; a single text or reply moves it forward. Blast rows are not passed here (a blast reply
/// creates the thread, and the thread reads earlier texts by phone). The caller saves.
/// </summary>
public static class ConversationThreads
{
    public const int PreviewLength = 200;

    /// <returns>The thread, tracked by <paramref name="db"/>: added when new.</returns>
    public static async Task<Conversation> NoteAsync(CrmDbContext db, Message message, CancellationToken cancellationToken = default)
    {
        var inbound = message.Direction == MessageDirection.Inbound;
        var phone = inbound ? message.From : message.To;
        var companyNumber = inbound ? message.To : message.From;
        var thread = db.Conversations.Local.FirstOrDefault(c => c.Phone == phone)
            ?? await db.Conversations.SingleOrDefaultAsync(c => c.Phone == phone, cancellationToken);
        if (thread is null)
        {
            thread = new Conversation { Phone = phone, CompanyNumber = companyNumber, LastMessageAt = message.CreatedAt };
            db.Conversations.Add(thread);
        }
        thread.ContactId ??= message.ContactId ?? await db.Contacts.Where(c => c.Phone == phone && c.DeletedAt == null)
            .Select(c => (long?)c.Id).FirstOrDefaultAsync(cancellationToken);

        if (inbound)
        {
            thread.UnreadCount++;
            // A new text from the person reopens a thread someone marked done.
            thread.DoneAt = null;
        }
        // Webhooks arrive late and out of order: only a newer text becomes the thread's latest (and its reply number).
        if (message.CreatedAt >= thread.LastMessageAt || thread.LastMessagePreview is null)
        {
            thread.LastMessageAt = message.CreatedAt;
            thread.LastMessagePreview = Preview(message.Text, message.MediaUrls);
            thread.LastDirection = message.Direction;
            if (!string.IsNullOrEmpty(companyNumber)) thread.CompanyNumber = companyNumber;
        }
        return thread;
    }

    private static string Preview(string? text, string[]? mediaUrls)
    {
        var line = (text ?? "").ReplaceLineEndings(" ").Trim();
        // An MMS without words still says what came (in words: not every browser has an emoji font).
        if (line.Length == 0 && mediaUrls is [var first, ..]) line = $"Attachment: {MediaAttachments.FileName(first)}";
        return line.Length <= PreviewLength ? line : line[..(PreviewLength - 1)] + "…";
    }
}
