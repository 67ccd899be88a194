using System.Net;

namespace CrmTelnyx.Telnyx;

/// <summary>Telnyx answered with an error status; carries its error codes (strings, e.g. "40300") and details.</summary>
public sealed class TelnyxApiException(HttpStatusCode statusCode, IReadOnlyList<TelnyxError> errors, string userMessage)
    : TelnyxException(userMessage)
{
    public HttpStatusCode StatusCode { get; } = statusCode;

    public IReadOnlyList<TelnyxError> Errors { get; } = errors;

    public IReadOnlyList<string> Codes => Errors.Select(e => e.Code).OfType<string>().Where(c => c.Length > 0).ToList();

    public bool HasCode(string code) => Codes.Contains(code);
}
