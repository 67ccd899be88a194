namespace CrmTelnyx.Sandbox.Control;

/// <summary>One active number of the sandbox account as the control page lists it.</summary>
public sealed record OwnedNumber(string PhoneNumber, bool Messaging, bool Voice, DateTime Since);
