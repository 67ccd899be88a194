namespace CrmTelnyx.Features.Numbers;

/// <summary>
/// One purchase of one or more numbers, recorded before Telnyx is asked so a crash or a lost answer leaves a trace to
/// check, never a blind second order. Completed by the number_order.complete webhook, or by polling when it is late.
/// </summary>
public sealed class NumberOrder
{
    public long Id { get; set; }

    /// <summary>Telnyx's order id, once Telnyx accepted the order. Unique.</summary>
    public string? TelnyxOrderId { get; set; }

    public NumberOrderStatus Status { get; set; }

    /// <summary>The state the numbers were searched in; they are assigned to it when they arrive.</summary>
    public string? State { get; set; }

    /// <summary>Telnyx's refusal, or what went wrong, in words.</summary>
    public string? Problem { get; set; }

    public string OrderedBy { get; set; } = "";

    public DateTime CreatedAt { get; set; }

    public DateTime? CompletedAt { get; set; }

    public DateTime? LastCheckedAt { get; set; }

    public List<NumberOrderLine> Lines { get; set; } = [];
}

/// <summary>One number of an order, with the costs shown when it was chosen and its own outcome.</summary>
public sealed class NumberOrderLine
{
    public long Id { get; set; }

    public long NumberOrderId { get; set; }

    public required string PhoneNumber { get; set; }

    public NumberOrderLineStatus Status { get; set; }

    public decimal? MonthlyCost { get; set; }

    public decimal? UpfrontCost { get; set; }

    public string? CostCurrency { get; set; }
}

public enum NumberOrderStatus
{
    /// <summary>Recorded; Telnyx has not answered yet.</summary>
    Sending,
    /// <summary>Telnyx accepted it and is working on it.</summary>
    Pending,
    Completed,
    /// <summary>Some numbers arrived, some failed.</summary>
    PartlyFailed,
    Failed,
    /// <summary>Telnyx refused the order; nothing was bought.</summary>
    Refused,
    /// <summary>Telnyx's answer was lost: whether it was placed is checked before anything is ordered again.</summary>
    Unknown,
}

public enum NumberOrderLineStatus
{
    Pending,
    Succeeded,
    Failed,
}
