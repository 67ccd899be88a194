namespace CrmTelnyx.Telnyx;

/// <summary>A call leg as Telnyx returns it from dial and GET /calls/{call_control_id}.</summary>
public sealed record TelnyxCall(string CallControlId)
{
    public string? CallLegId { get; init; }
    public string? CallSessionId { get; init; }
    public bool? IsAlive { get; init; }
    public string? RecordType { get; init; }
    public string? ClientState { get; init; }
    public string? RecordingId { get; init; }
    public int? CallDuration { get; init; }
    public DateTimeOffset? StartTime { get; init; }
    public DateTimeOffset? EndTime { get; init; }
}

/// <summary>What every call action answers: <c>{"data":{"result":"ok"}}</c> (answer may add a recording id).</summary>
public sealed record CallActionResult(string? Result)
{
    public string? RecordingId { get; init; }
}
