namespace CrmTelnyx.Telnyx;

/// <summary>PATCH /phone_numbers/{id}: null fields are left as they are. Routing to a Call Control app is <see cref="ConnectionId"/>.</summary>
public sealed record UpdatePhoneNumberRequest
{
    public string? ConnectionId { get; init; }
    public string? BillingGroupId { get; init; }
    public IReadOnlyList<string>? Tags { get; init; }
    public string? CustomerReference { get; init; }
}

/// <summary>PATCH /phone_numbers/{id}/messaging: <see cref="MessagingProfileId"/> "" unassigns, null keeps.</summary>
public sealed record UpdateMessagingSettingsRequest
{
    public string? MessagingProfileId { get; init; }
    public string? MessagingProduct { get; init; }
    public IReadOnlyList<string>? Tags { get; init; }
}

public sealed record PhoneNumberMessagingSettings(string? Id, string PhoneNumber, string? MessagingProfileId)
{
    public string? MessagingProduct { get; init; }
    public string? TrafficType { get; init; }
    public string? Type { get; init; }
    public string? CountryCode { get; init; }
    public DateTimeOffset? UpdatedAt { get; init; }
}

/// <summary>PATCH /phone_numbers/{id}/voice: null fields are left as they are.</summary>
public sealed record UpdateVoiceSettingsRequest
{
    public CallForwardingSettings? CallForwarding { get; init; }
    public CallRecordingSettings? CallRecording { get; init; }
    public bool? CallerIdNameEnabled { get; init; }
    public bool? TechPrefixEnabled { get; init; }
    public string? TranslatedNumber { get; init; }
}

public sealed record CallForwardingSettings(bool? CallForwardingEnabled, string? ForwardsTo, string? ForwardingType);

public sealed record CallRecordingSettings(bool? InboundCallRecordingEnabled, string? InboundCallRecordingFormat, string? InboundCallRecordingChannels);

public sealed record PhoneNumberVoiceSettings(string? Id, string? PhoneNumber, string? ConnectionId)
{
    public CallForwardingSettings? CallForwarding { get; init; }
    public CallRecordingSettings? CallRecording { get; init; }
    public bool? CallerIdNameEnabled { get; init; }
    public bool? TechPrefixEnabled { get; init; }
    public string? TranslatedNumber { get; init; }
}
