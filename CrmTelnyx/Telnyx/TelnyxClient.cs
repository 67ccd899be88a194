using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace CrmTelnyx.Telnyx;

/// <summary>
/// The Telnyx v2 REST API: the only code in the app that talks to Telnyx. Its base URL and key come per request from
/// <see cref="ITelnyxConnectionSource"/> (see <see cref="TelnyxConnectionHandler"/>); failures surface as
/// <see cref="TelnyxApiException"/> or <see cref="TelnyxUnreachableException"/>. Resources live in the partial files.
/// </summary>
public sealed partial class TelnyxClient(HttpClient http)
{
    private Task<T> GetDataAsync<T>(string path, CancellationToken cancellationToken) =>
        DataAsync<T>(HttpMethod.Get, path, null, cancellationToken);

    private async Task<T> DataAsync<T>(HttpMethod method, string path, object? body, CancellationToken cancellationToken) =>
        (await SendAsync<TelnyxData<T>>(method, path, body, TelnyxJson.SnakeCase, cancellationToken)).Data;

    private Task<TelnyxPage<T>> GetPageAsync<T>(string path, CancellationToken cancellationToken) =>
        SendAsync<TelnyxPage<T>>(HttpMethod.Get, path, null, TelnyxJson.SnakeCase, cancellationToken);

    /// <summary>Follows page[number] until the last page, as Telnyx's own SDKs do.</summary>
    private async Task<IReadOnlyList<T>> GetAllPagesAsync<T>(string path, int pageSize, CancellationToken cancellationToken)
    {
        var all = new List<T>();
        for (var number = 1; ; number++)
        {
            var separator = path.Contains('?') ? '&' : '?';
            var page = await GetPageAsync<T>($"{path}{separator}page[number]={number}&page[size]={pageSize}", cancellationToken);
            all.AddRange(page.Data);
            if (page.Data.Count == 0 || page.Meta is null || page.Meta.PageNumber >= page.Meta.TotalPages) return all;
        }
    }

    private async Task<T> SendAsync<T>(HttpMethod method, string path, object? body, JsonSerializerOptions json, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (body is not null)
        {
            // Bytes, not a stream, so a retried attempt sends the same body again.
            request.Content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(body, body.GetType(), json));
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        using var response = await http.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode) throw await TelnyxErrorReader.ReadAsync(response, cancellationToken);
        try
        {
            return await response.Content.ReadFromJsonAsync<T>(json, cancellationToken)
                ?? throw new JsonException("The body was empty.");
        }
        catch (JsonException ex)
        {
            throw new TelnyxApiException(response.StatusCode, [],
                $"Telnyx answered {method} {path.Split('?')[0]} in a form this app does not understand ({ex.Message}).");
        }
    }

    private static string Escape(string segment) => Uri.EscapeDataString(segment);
}
