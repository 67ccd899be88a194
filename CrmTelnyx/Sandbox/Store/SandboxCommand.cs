namespace CrmTelnyx.Sandbox.Store;

/// <summary>
/// A command_id already acted on: Telnyx ignores a dial with a command_id it has seen and a call command whose
/// command_id it has seen for the same call_control_id.
/// </summary>
public sealed class SandboxCommand
{
    /// <summary>The call_control_id a call command was sent to, or <see cref="Dial"/> for POST /calls.</summary>
    public required string Scope { get; set; }
    public required string CommandId { get; set; }
    /// <summary>For a dial, the call it placed.</summary>
    public string? CallControlId { get; set; }
    public DateTime ReceivedAt { get; set; }

    public const string Dial = "dial";
}
