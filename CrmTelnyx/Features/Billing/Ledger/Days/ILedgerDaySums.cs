namespace CrmTelnyx.Features.Billing.Ledger.Days;

/// <summary>What the three day roll-ups share: the company day, type and direction the tab filters them by, and the sums it adds.</summary>
public interface ILedgerDaySums
{
    DateOnly Day { get; }

    LedgerEntryType Type { get; }

    /// <summary><see cref="LedgerDirection"/>'s name, or "" for none.</summary>
    string Direction { get; }

    /// <summary>First entries only.</summary>
    long Entries { get; }

    long Quantity { get; }

    long AmountMicros { get; }
}
