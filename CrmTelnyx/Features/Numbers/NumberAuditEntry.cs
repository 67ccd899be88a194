namespace CrmTelnyx.Features.Numbers;

/// <summary>One thing done to a number (bought, edited, paused, released, …): who, when, what. Never edited or deleted.</summary>
public sealed class NumberAuditEntry
{
    public long Id { get; set; }

    public long CompanyNumberId { get; set; }

    public CompanyNumber? Number { get; set; }

    public NumberAuditAction Action { get; set; }

    /// <summary>What changed, in words: "Friendly name: 'Front desk' → 'Sales'".</summary>
    public string Details { get; set; } = "";

    /// <summary>Who did it: a person's e-mail, or "Sync", "Health check", "Telnyx" for what the app did by itself.</summary>
    public string Actor { get; set; } = "";

    public DateTime At { get; set; }
}

public enum NumberAuditAction
{
    Bought,
    /// <summary>Found on the Telnyx account by a sync.</summary>
    Imported,
    Edited,
    Paused,
    /// <summary>The health check flagged it and, with auto-pause off, left it sending.</summary>
    HealthFlagged,
    HealthCleared,
    Released,
    /// <summary>A sync found it gone from the Telnyx account.</summary>
    ReleasedOutside,
    CampaignAssigned,
    CampaignUnassigned,
}
