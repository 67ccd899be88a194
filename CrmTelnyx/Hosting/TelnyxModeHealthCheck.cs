using CrmTelnyx.Telnyx;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace CrmTelnyx.Hosting;

/// <summary>Reports which Telnyx the app talks to; never any key.</summary>
public sealed class TelnyxModeHealthCheck(IOptions<TelnyxOptions> options) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var mode = options.Value.Mode.ToString();
        return Task.FromResult(HealthCheckResult.Healthy($"Telnyx mode: {mode}", new Dictionary<string, object> { ["mode"] = mode }));
    }
}
