namespace CrmTelnyx.Features.Billing.Ledger.Days;

/// <summary>The agents' costs (their calls) per company day, agent, type and direction: the per-agent table and an agent's totals and chart, without reading the ledger.</summary>
public sealed class LedgerAgentDay : ILedgerDaySums
{
    public required string AgentUserId { get; set; }

    public DateOnly Day { get; set; }

    public LedgerEntryType Type { get; set; }

    /// <summary><see cref="LedgerDirection"/>'s name, or "" for none.</summary>
    public string Direction { get; set; } = "";

    /// <summary>First entries only.</summary>
    public long Entries { get; set; }

    public long Quantity { get; set; }

    public long AmountMicros { get; set; }
}
