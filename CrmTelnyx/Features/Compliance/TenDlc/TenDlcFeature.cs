using CrmTelnyx.Features.Compliance.TenDlc.Brands;
using CrmTelnyx.Features.Compliance.TenDlc.Campaigns;
using CrmTelnyx.Features.Compliance.TenDlc.Numbers;
using CrmTelnyx.Features.Webhooks;
using Quartz;

namespace CrmTelnyx.Features.Compliance.TenDlc;

/// <summary>10DLC registration: brands, campaigns and their numbers, followed by webhooks and a poll.</summary>
public static class TenDlcFeature
{
    public static IHostApplicationBuilder AddTenDlc(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<RefreshRegistration>();
        builder.Services.AddScoped<RegisterBrand>();
        builder.Services.AddScoped<RegisterCampaign>();
        builder.Services.AddScoped<AssignCampaignNumbers>();
        builder.Services.AddScoped<SyncTenDlcAssignments>();
        builder.Services.AddScoped<TollFree.SyncTollFreeVerifications>();
        builder.Services.AddScoped<CheckPendingRegistrations>();
        builder.Services.AddScoped<ListRegistrations>();
        builder.Services.AddScoped<SaveCampaignThroughput>();
        builder.Services.AddWebhookHandler<ApplyTenDlcEvent>();
        builder.Services.AddQuartz(q => q.ScheduleJob<RegistrationCheckJob>(trigger => trigger.WithIdentity(nameof(RegistrationCheckJob))
            .StartAt(DateTimeOffset.UtcNow.AddSeconds(15)).WithSimpleSchedule(s => s.WithInterval(RegistrationCheckJob.Every).RepeatForever())));
        return builder;
    }
}
