namespace CrmTelnyx.Telnyx;

public sealed partial class TelnyxClient
{
    /// <summary>POST /messages. Never blindly retried: a 500 may mean the message went out.</summary>
    public Task<TelnyxMessage> SendMessageAsync(SendMessageRequest request, CancellationToken cancellationToken = default) =>
        DataAsync<TelnyxMessage>(HttpMethod.Post, "messages", request, cancellationToken);

    /// <summary>GET /messages/{id}; Telnyx keeps messages up to 10 days.</summary>
    public Task<TelnyxMessage> GetMessageAsync(string id, CancellationToken cancellationToken = default) =>
        GetDataAsync<TelnyxMessage>($"messages/{Escape(id)}", cancellationToken);
}
