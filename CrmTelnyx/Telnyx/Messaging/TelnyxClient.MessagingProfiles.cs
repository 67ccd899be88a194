namespace CrmTelnyx.Telnyx;

public sealed partial class TelnyxClient
{
    public Task<IReadOnlyList<MessagingProfile>> ListMessagingProfilesAsync(CancellationToken cancellationToken = default) =>
        GetAllPagesAsync<MessagingProfile>("messaging_profiles", 250, cancellationToken);
}
