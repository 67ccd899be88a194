using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CrmTelnyx.Sandbox.Control;
using CrmTelnyx.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CrmTelnyx.Tests.Sandbox;

/// <summary>
/// The app on real Kestrel with its sandbox sending every webhook to a <see cref="WebhookReceiver"/>, and an
/// HttpClient that speaks to the sandbox as any Telnyx client would: JSON over HTTP with the bearer key.
/// </summary>
public class SandboxApp : IAsyncLifetime
{
    public CrmAppFactory Factory { get; } = new();
    public WebhookReceiver Receiver { get; private set; } = null!;
    public string BaseUrl { get; private set; } = "";
    public HttpClient Api { get; private set; } = null!;
    public string ApiKey { get; private set; } = "";

    /// <summary>Settings a test class changes before the app starts.</summary>
    public Action<Dictionary<string, string?>>? Configure { get; init; }

    public async Task InitializeAsync()
    {
        Receiver = await WebhookReceiver.StartAsync();
        Factory.Settings["Sandbox:WebhookUrl"] = Receiver.Url;
        Factory.Settings["Sandbox:WebhookRetryDelayMs"] = "200";
        Configure?.Invoke(Factory.Settings);
        BaseUrl = Factory.StartKestrel();
        ApiKey = (await File.ReadAllTextAsync(Path.Combine(Factory.DataDirectory, "sandbox", "api.key"))).Trim();
        Api = NewApiClient(ApiKey);
    }

    public HttpClient NewApiClient(string? apiKey)
    {
        var client = new HttpClient { BaseAddress = new Uri(BaseUrl + "/sandbox/telnyx/v2/") };
        if (apiKey is not null) client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        return client;
    }

    public async Task<JsonNode> PostOkAsync(string path, object body)
    {
        var response = await Api.PostAsJsonAsync(path, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"POST {path} answered {(int)response.StatusCode}: {text}");
        return JsonNode.Parse(text)!["data"]!;
    }

    public async Task<JsonNode> GetOkAsync(string path)
    {
        var response = await Api.GetAsync(path);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET {path} answered {(int)response.StatusCode}: {text}");
        return JsonNode.Parse(text)!;
    }

    /// <summary>Runs a control-page action as the page does: in a scope of its own, through the real app's services.</summary>
    public Task<TResult> RunAsync<TAction, TResult>(Func<TAction, Task<TResult>> run) where TAction : notnull =>
        Factory.Services.GetRequiredService<SandboxRunner>().RunAsync(run);

    public T Get<T>() where T : notnull => Factory.Services.GetRequiredService<T>();

    public async Task DisposeAsync()
    {
        Api.Dispose();
        await Factory.DisposeAsync();
        await Receiver.DisposeAsync();
    }
}
