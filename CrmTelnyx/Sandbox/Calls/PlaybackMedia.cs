namespace CrmTelnyx.Sandbox.Calls;

/// <summary>
/// Fetches an audio_url as Telnyx does before playing it: a link that does not answer with audio ends the playback
/// with file_not_found instead of starting it. Only the answer's status and type are read, not the sound.
/// </summary>
public sealed class PlaybackMedia(HttpClient http, ILogger<PlaybackMedia> logger)
{
    public async Task<bool> IsPlayableAsync(string url, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            var type = response.Content.Headers.ContentType?.MediaType ?? "";
            return response.IsSuccessStatusCode && type.StartsWith("audio/", StringComparison.OrdinalIgnoreCase);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            logger.LogInformation("Sandbox: {Url} could not be fetched for playback ({Error})", url, e.Message);
            return false;
        }
    }
}
