namespace CrmTelnyx.Sandbox.Calls;

/// <summary>Call Control's own error codes.</summary>
public static class CallErrors
{
    public static IResult Unknown(string callControlId) =>
        SandboxErrors.Result(422, "90015", "Invalid Call Control ID", $"No call with call_control_id '{callControlId}'.", "/call_control_id");

    public static IResult Ended() =>
        SandboxErrors.Result(422, "90018", "Call has already ended", "This call is no longer active and can't receive commands.");

    public static IResult WrongState(string detail) => SandboxErrors.Result(422, "90034", "Invalid call state", detail);
}
