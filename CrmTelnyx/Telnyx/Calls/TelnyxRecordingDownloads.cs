using System.Net;

namespace CrmTelnyx.Telnyx;

/// <summary>
/// Fetches a call recording from the link in call.recording.saved. The links are pre-signed and last 10 minutes, so
/// no API key goes with them (it must never reach a storage host). In Sandbox mode the link names this app's own
/// simulator at its public address; it is fetched where the client reaches the sandbox instead, as the API is.
/// </summary>
public sealed class TelnyxRecordingDownloads(HttpClient http, ITelnyxConnectionSource connections)
{
    /// <summary>Bounds one download, body included: long recordings are large, but a stalled one must not hold the queue.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromMinutes(10);

    /// <summary>Copies the recording into <paramref name="destination"/>; returns its media type when the answer names one.</summary>
    public async Task<string?> CopyToAsync(string url, Stream destination, CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            using var response = await http.GetAsync(Resolve(url), HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            if (!response.IsSuccessStatusCode) throw new TelnyxApiException(response.StatusCode, [], Refusal(response));
            await response.Content.CopyToAsync(destination, timeout.Token);
            return response.Content.Headers.ContentType?.MediaType;
        }
        catch (HttpRequestException ex)
        {
            throw new TelnyxUnreachableException($"The recording could not be fetched from Telnyx ({ex.Message}).", ex);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TelnyxUnreachableException($"The recording download did not finish within {Timeout.TotalMinutes:0} minutes.", ex);
        }
    }

    private Uri Resolve(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var link) || link.Scheme is not ("https" or "http"))
            throw new TelnyxApiException(HttpStatusCode.BadRequest, [], "Telnyx's recording link is not a web address.");
        TelnyxConnection connection;
        try
        {
            connection = connections.Current;
        }
        catch (InvalidOperationException ex)
        {
            throw new TelnyxUnreachableException("Telnyx cannot be reached: " + ex.Message, ex);
        }
        return connection.Mode == TelnyxMode.Sandbox
            ? new Uri(new Uri(connection.BaseUrl.GetLeftPart(UriPartial.Authority)), link.PathAndQuery)
            : link;
    }

    private static string Refusal(HttpResponseMessage response)
    {
        var status = $"{(int)response.StatusCode} {response.ReasonPhrase}".Trim();
        return response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound
            ? $"Telnyx refused the recording download ({status}): its link lasts 10 minutes and has probably expired."
            : $"Telnyx answered the recording download with {status}.";
    }
}
