namespace CrmTelnyx.Sandbox.Control;

/// <summary>What a control-page action did, in a sentence for the person who asked.</summary>
public sealed record ControlOutcome(bool Accepted, string Message);
