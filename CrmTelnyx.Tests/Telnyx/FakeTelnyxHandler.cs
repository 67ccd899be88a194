using System.Net;
using System.Text;

namespace CrmTelnyx.Tests.Telnyx;

/// <summary>Stands in for the network: answers each attempt from a script and records what was sent.</summary>
public sealed class FakeTelnyxHandler(Func<int, HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> respond) : HttpMessageHandler
{
    public FakeTelnyxHandler(Func<int, HttpRequestMessage, HttpResponseMessage> respond)
        : this((attempt, request, _) => Task.FromResult(respond(attempt, request))) { }

    public sealed record Sent(HttpMethod Method, Uri Uri, string? Authorization, string? Body);

    public List<Sent> Requests { get; } = [];

    public int Attempts => Requests.Count;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        int attempt;
        lock (Requests)
        {
            Requests.Add(new Sent(request.Method, request.RequestUri!, request.Headers.Authorization?.ToString(), body));
            attempt = Requests.Count;
        }
        var response = await respond(attempt, request, cancellationToken);
        response.RequestMessage = request;
        return response;
    }

    public static HttpResponseMessage Json(HttpStatusCode status, string json) =>
        new(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };

    public static HttpResponseMessage Error(HttpStatusCode status, string code, string title, string? detail = null) =>
        Json(status, $$"""{"errors":[{"code":"{{code}}","title":"{{title}}"{{(detail is null ? "" : $",\"detail\":\"{detail}\"")}}}]}""");

    public const string MessageJson = """
        {"data":{"record_type":"message","id":"msg-1","direction":"outbound","type":"SMS",
         "from":{"phone_number":"+13125550001"},"to":[{"phone_number":"+13125550002","status":"queued"}],
         "text":"Hi","encoding":"GSM-7","parts":1,"cost":{"amount":"0.0051","currency":"USD"},"errors":[],"sent_at":null}}
        """;
}
