using CrmTelnyx.Features.Compliance.TenDlc;
using CrmTelnyx.Features.Webhooks;

namespace CrmTelnyx.Features.Compliance;

/// <summary>Consent and the suppression list: inbound STOP/START, staff recording consent, the checks before any text.</summary>
public static class ComplianceFeature
{
    public static IHostApplicationBuilder AddCompliance(this IHostApplicationBuilder builder)
    {
        builder.Services.AddWebhookHandler<ApplySmsKeywordConsent>();
        builder.Services.AddScoped<RecordConsent>();
        builder.AddTenDlc();
        return builder;
    }
}
