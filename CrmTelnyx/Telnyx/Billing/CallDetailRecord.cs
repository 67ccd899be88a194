namespace CrmTelnyx.Telnyx;

/// <summary>
/// A call-control detail record. Telnyx's spec does not publish this schema; the fields follow its webrtc record
/// and are all optional, so a differing field is missing rather than an error.
/// </summary>
public sealed record CallDetailRecord
{
    public string? Id { get; init; }
    public string? Uuid { get; init; }
    public string? CallLegId { get; init; }
    public string? CallSessionId { get; init; }
    public string? Cli { get; init; }
    public string? Cld { get; init; }
    public string? Direction { get; init; }
    public int? CallSec { get; init; }
    public int? BilledSec { get; init; }
    public decimal? Rate { get; init; }
    public decimal? Cost { get; init; }
    public string? Currency { get; init; }
    public string? HangupCause { get; init; }
    public DateTimeOffset? StartedAt { get; init; }
    public DateTimeOffset? AnsweredAt { get; init; }
    public DateTimeOffset? FinishedAt { get; init; }
    public DateTimeOffset? CreatedAt { get; init; }
}
