using System.Net.Http.Headers;

namespace CrmTelnyx.Telnyx;

/// <summary>
/// Points each request at the current connection's base URL and adds its bearer key. Resolved per request because
/// in Sandbox mode the address is known only once the app listens.
/// </summary>
public sealed class TelnyxConnectionHandler(ITelnyxConnectionSource connections) : DelegatingHandler
{
    /// <summary>The typed client's BaseAddress; only its path and query survive, appended to the real base URL.</summary>
    public static readonly Uri PlaceholderBase = new("https://telnyx.invalid/");

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        TelnyxConnection connection;
        try
        {
            connection = connections.Current;
        }
        catch (InvalidOperationException ex)
        {
            // E.g. the sandbox's address before the app listens (or under an in-memory test server): nothing was sent.
            throw new TelnyxUnreachableException("Telnyx cannot be reached: " + ex.Message, ex);
        }
        var relative = request.RequestUri is { IsAbsoluteUri: true } uri ? uri.PathAndQuery.TrimStart('/') : request.RequestUri?.OriginalString ?? "";
        // Without a trailing slash, Uri would replace the base's last segment ("v2") instead of appending to it.
        var baseUrl = connection.BaseUrl.AbsoluteUri.EndsWith('/') ? connection.BaseUrl : new Uri(connection.BaseUrl.AbsoluteUri + "/");
        request.RequestUri = new Uri(baseUrl, relative);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", connection.ApiKey);
        return base.SendAsync(request, cancellationToken);
    }
}
