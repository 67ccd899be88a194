namespace CrmTelnyx.Telnyx;

/// <summary>
/// Where and as whom the client talks to Telnyx right now: the account's settings in Live mode, the built-in
/// sandbox's in Sandbox mode. Resolved per use, since the sandbox's address is known only once the app listens.
/// </summary>
public sealed record TelnyxConnection(
    Uri BaseUrl,
    string ApiKey,
    string PublicKey,
    string MessagingProfileId,
    string ConnectionId,
    TelnyxMode Mode)
{
    // A record prints every member; the API key must never reach a log line through "{Connection}".
    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append($"BaseUrl = {BaseUrl}, ApiKey = {(string.IsNullOrEmpty(ApiKey) ? "(none)" : "(hidden)")}, MessagingProfileId = {MessagingProfileId}, ConnectionId = {ConnectionId}, Mode = {Mode}");
        return true;
    }
}

/// <summary>The product asks this for its Telnyx connection; the sandbox supplies its own in Sandbox mode.</summary>
public interface ITelnyxConnectionSource
{
    TelnyxConnection Current { get; }
}
