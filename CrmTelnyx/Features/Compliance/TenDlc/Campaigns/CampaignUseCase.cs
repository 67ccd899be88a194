namespace CrmTelnyx.Features.Compliance.TenDlc.Campaigns;

/// <summary>The Campaign Registry's use cases a business like ours registers; <see cref="CampaignUseCases.TelnyxName"/> is what Telnyx takes.</summary>
public enum CampaignUseCase
{
    Marketing,
    CustomerCare,
    Mixed,
    TwoFactorAuthentication,
    AccountNotification,
    DeliveryNotification,
    FraudAlert,
    SecurityAlert,
    PollingVoting,
    PublicServiceAnnouncement,
    LowVolume,
}

public static class CampaignUseCases
{
    /// <summary>The <c>usecase</c> value of <c>POST /10dlc/campaignBuilder</c>.</summary>
    public static string TelnyxName(this CampaignUseCase useCase) => useCase switch
    {
        CampaignUseCase.Marketing => "MARKETING",
        CampaignUseCase.CustomerCare => "CUSTOMER_CARE",
        CampaignUseCase.Mixed => "MIXED",
        CampaignUseCase.TwoFactorAuthentication => "2FA",
        CampaignUseCase.AccountNotification => "ACCOUNT_NOTIFICATION",
        CampaignUseCase.DeliveryNotification => "DELIVERY_NOTIFICATION",
        CampaignUseCase.FraudAlert => "FRAUD_ALERT",
        CampaignUseCase.SecurityAlert => "SECURITY_ALERT",
        CampaignUseCase.PollingVoting => "POLLING_VOTING",
        CampaignUseCase.PublicServiceAnnouncement => "PUBLIC_SERVICE_ANNOUNCEMENT",
        CampaignUseCase.LowVolume => "LOW_VOLUME",
        _ => throw new ArgumentOutOfRangeException(nameof(useCase), useCase, null),
    };

    /// <summary>The use case as the wizard lists it.</summary>
    public static string DisplayName(this CampaignUseCase useCase) => useCase switch
    {
        CampaignUseCase.Marketing => "Marketing",
        CampaignUseCase.CustomerCare => "Customer care",
        CampaignUseCase.Mixed => "Mixed",
        CampaignUseCase.TwoFactorAuthentication => "Two-factor authentication (2FA)",
        CampaignUseCase.AccountNotification => "Account notifications",
        CampaignUseCase.DeliveryNotification => "Delivery notifications",
        CampaignUseCase.FraudAlert => "Fraud alerts",
        CampaignUseCase.SecurityAlert => "Security alerts",
        CampaignUseCase.PollingVoting => "Polling and voting",
        CampaignUseCase.PublicServiceAnnouncement => "Public service announcements",
        CampaignUseCase.LowVolume => "Low volume mixed",
        _ => throw new ArgumentOutOfRangeException(nameof(useCase), useCase, null),
    };

    /// <summary>Use cases whose texts may promote: the others are rejected when their samples sell.</summary>
    public static bool MayPromote(this CampaignUseCase useCase) =>
        useCase is CampaignUseCase.Marketing or CampaignUseCase.Mixed or CampaignUseCase.LowVolume;
}
