using CrmTelnyx.Features.Webhooks;

namespace CrmTelnyx.Features.Compliance;

public static class ComplianceExtensions
{
    public static IHostApplicationBuilder AddCompliance(this IHostApplicationBuilder builder)
    {
        builder.Services.AddWebhookHandler<ApplySmsKeywordConsent>();
        return builder;
    }
}
