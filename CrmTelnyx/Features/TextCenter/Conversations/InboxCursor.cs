namespace CrmTelnyx.Features.TextCenter.Conversations;

/// <summary>
/// A place in the inbox's order (newest text first, then highest id): the oldest thread a page shows. Values, not a row,
/// so the place stays put when that thread itself moves up.
/// </summary>
public sealed record InboxCursor(DateTimeOffset LastMessageAt, long Id)
{
    public static InboxCursor Of(ConversationInbox.ThreadRow row) => new(row.LastMessageAt, row.Id);
}
