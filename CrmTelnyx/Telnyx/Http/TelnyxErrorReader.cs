using System.Net;
using System.Text.Json;

namespace CrmTelnyx.Telnyx;

/// <summary>Turns a Telnyx error response into one <see cref="TelnyxApiException"/> with a sentence a user can act on.</summary>
public static class TelnyxErrorReader
{
    public static async Task<TelnyxApiException> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        return FromBody(response.StatusCode, body);
    }

    public static TelnyxApiException FromBody(HttpStatusCode status, string body)
    {
        IReadOnlyList<TelnyxError> errors = [];
        try
        {
            errors = JsonSerializer.Deserialize<TelnyxErrorBody>(body, TelnyxJson.SnakeCase)?.Errors ?? [];
        }
        catch (JsonException)
        {
            // Proxies and load balancers answer with HTML; the status alone then tells the story.
        }
        return new TelnyxApiException(status, errors, UserMessage(status, errors));
    }

    private static string UserMessage(HttpStatusCode status, IReadOnlyList<TelnyxError> errors)
    {
        var said = string.Join(" ", errors
            .Select(e => e.Detail ?? e.Description ?? e.Title)
            .Where(t => !string.IsNullOrWhiteSpace(t))
            .Select(t => t!.Trim().TrimEnd('.') + ".")
            .Distinct());
        var codes = string.Join(", ", errors.Select(e => e.Code).Where(c => !string.IsNullOrEmpty(c)));
        var suffix = codes.Length > 0 ? $" (Telnyx error {codes})" : "";

        return status switch
        {
            HttpStatusCode.Unauthorized => "Telnyx did not accept the API key. Check the Telnyx API key in the settings." + suffix,
            HttpStatusCode.Forbidden when said.Length == 0 => "Telnyx refused this request for this account." + suffix,
            HttpStatusCode.TooManyRequests => "Telnyx is limiting how fast we may send requests. Please wait a moment and try again." + suffix,
            >= HttpStatusCode.InternalServerError when said.Length == 0 =>
                $"Telnyx had a problem answering (HTTP {(int)status}). Please try again in a minute." + suffix,
            _ when said.Length > 0 => said + suffix,
            _ => $"Telnyx refused the request (HTTP {(int)status})." + suffix,
        };
    }
}
