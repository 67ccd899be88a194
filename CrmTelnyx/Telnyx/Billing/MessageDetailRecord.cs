namespace CrmTelnyx.Telnyx;

/// <summary>
/// A messaging detail record. Its <see cref="Status"/> values (delivered, failed, gw_reject, …) differ from the API's
/// message statuses; <see cref="Tags"/> is one comma-separated string here.
/// </summary>
public sealed record MessageDetailRecord(string? Uuid)
{
    public string? Cli { get; init; }
    public string? Cld { get; init; }
    public string? Direction { get; init; }
    public string? MessageType { get; init; }
    public int? Parts { get; init; }
    public string? Status { get; init; }
    public decimal? Rate { get; init; }
    public decimal? Cost { get; init; }
    public decimal? CarrierFee { get; init; }
    public string? Currency { get; init; }
    public string? Carrier { get; init; }
    public string? ProfileId { get; init; }
    public string? Tags { get; init; }
    public DateTimeOffset? CreatedAt { get; init; }
    public DateTimeOffset? SentAt { get; init; }
    public DateTimeOffset? CompletedAt { get; init; }
}
