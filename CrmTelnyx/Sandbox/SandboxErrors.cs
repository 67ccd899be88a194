namespace CrmTelnyx.Sandbox;

/// <summary>Telnyx's error body: {"errors":[{"code":"10016","title":…,"detail":…,"source":{"pointer":…}}]}, code as a string.</summary>
public static class SandboxErrors
{
    public sealed record ErrorSource(string? Pointer, string? Parameter);

    public sealed record Error(string Code, string Title, string? Detail, ErrorSource? Source);

    public static IResult Result(int status, string code, string title, string? detail = null, string? pointer = null, string? parameter = null)
    {
        var source = pointer is null && parameter is null ? null : new ErrorSource(pointer, parameter);
        return TypedResults.Json(new { errors = new[] { new Error(code, title, detail, source) } }, SandboxJson.Options, statusCode: status);
    }

    public static IResult Unauthorized() => Result(401, "10009", "Authentication failed",
        "The required authentication headers were either invalid or not included in the request.");

    public static IResult NotFound(string detail) => Result(404, "10005", "Resource not found", detail);

    public static IResult MissingParameter(string pointer) =>
        Result(422, "10004", "Missing required parameter", $"The '{pointer.TrimStart('/')}' parameter is required.", pointer);

    public static IResult NotE164(string pointer, string value) =>
        Result(422, "10016", "Phone number must be in +E.164 format", $"'{value}' is not a valid +E.164 phone number.", pointer);

    public static IResult InvalidNumber(string pointer, string value) =>
        Result(422, "10002", "Invalid phone number", $"'{value}' is not a valid phone number.", pointer);

    public static IResult BadRequest(string detail, string? pointer = null) => Result(400, "10015", "Bad Request", detail, pointer);
}
