using System.Text.Json;

namespace CrmTelnyx.Sandbox;

/// <summary>Reads a JSON body (snake_case unless told otherwise); malformed JSON gets Telnyx's 400 instead of an exception.</summary>
public static class SandboxRequestBody
{
    public static async Task<(T? Body, IResult? Error)> ReadAsync<T>(HttpRequest request, JsonSerializerOptions? options = null) where T : class
    {
        try
        {
            var body = await JsonSerializer.DeserializeAsync<T>(request.Body, options ?? SandboxJson.Options, request.HttpContext.RequestAborted);
            return body is null ? (null, SandboxErrors.BadRequest("The request body must be a JSON object.")) : (body, null);
        }
        catch (JsonException e)
        {
            return (null, SandboxErrors.BadRequest($"The request body is not valid JSON: {e.Message}"));
        }
    }
}
