namespace CrmTelnyx.Features.TextCenter.Conversations;

/// <summary>
/// One thread of the two-way inbox: every text between the company and one phone number. Kept up to date as texts
/// come and go, so the inbox lists threads without scanning the messages.
/// </summary>
public sealed class Conversation
{
    public long Id { get; set; }

    /// <summary>The other side, E.164. Unique: one thread per number.</summary>
    public required string Phone { get; set; }

    /// <summary>The contact with that number, when there is one.</summary>
    public long? ContactId { get; set; }

    /// <summary>The company number the person last texted (or was last texted from): replies go from it.</summary>
    public required string CompanyNumber { get; set; }

    public DateTimeOffset LastMessageAt { get; set; }

    /// <summary>The start of the last text, for the inbox list.</summary>
    public string? LastMessagePreview { get; set; }

    public MessageDirection LastDirection { get; set; }

    /// <summary>Inbound texts not yet read in the inbox.</summary>
    public int UnreadCount { get; set; }

    public string? AssignedUserId { get; set; }

    /// <summary>Set when someone marked it done; a new inbound text opens it again.</summary>
    public DateTimeOffset? DoneAt { get; set; }
}
