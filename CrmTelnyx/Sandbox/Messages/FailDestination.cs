using CrmTelnyx.Sandbox.Control;

namespace CrmTelnyx.Sandbox.Messages;

/// <summary>Makes every message to one destination fail with a chosen Telnyx delivery error, or delivers to it normally again.</summary>
public sealed class FailDestination(SandboxRuntimeSettings runtime)
{
    public const string DefaultCode = "40008";

    public ControlOutcome Fail(string number, string errorCode)
    {
        number = number.Trim();
        if (!E164.IsValid(number)) return Refused($"'{number}' is not a +E.164 number.");
        if (!DeliveryRules.Titles.ContainsKey(errorCode)) return Refused($"{errorCode} is not a delivery error the sandbox knows.");
        runtime.MarkFailing(number, errorCode);
        return new ControlOutcome(true, $"Messages to {number} now fail with {errorCode}.");
    }

    public ControlOutcome DeliverNormally(string number)
    {
        number = number.Trim();
        if (!E164.IsValid(number)) return Refused($"'{number}' is not a +E.164 number.");
        runtime.ClearFailing(number);
        return new ControlOutcome(true, $"Messages to {number} are delivered normally again.");
    }

    private static ControlOutcome Refused(string message) => new(false, message);
}
