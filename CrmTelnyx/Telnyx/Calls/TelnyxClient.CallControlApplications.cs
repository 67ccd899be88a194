namespace CrmTelnyx.Telnyx;

public sealed partial class TelnyxClient
{
    public Task<IReadOnlyList<CallControlApplication>> ListCallControlApplicationsAsync(CancellationToken cancellationToken = default) =>
        GetAllPagesAsync<CallControlApplication>("call_control_applications", 250, cancellationToken);
}
