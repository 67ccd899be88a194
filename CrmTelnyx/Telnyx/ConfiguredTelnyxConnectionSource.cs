using Microsoft.Extensions.Options;

namespace CrmTelnyx.Telnyx;

/// <summary>The connection as configured (Telnyx:*): what Live mode uses.</summary>
public sealed class ConfiguredTelnyxConnectionSource(IOptions<TelnyxOptions> options) : ITelnyxConnectionSource
{
    public TelnyxConnection Current
    {
        get
        {
            var o = options.Value;
            return new TelnyxConnection(
                new Uri(o.BaseUrl.TrimEnd('/') + "/"), o.ApiKey, o.PublicKey, o.MessagingProfileId, o.ConnectionId, o.Mode);
        }
    }
}
