using CrmTelnyx.Features.Webhooks;
using CrmTelnyx.Telnyx;

namespace CrmTelnyx.Features.Compliance.TenDlc;

/// <summary>A 10DLC status webhook: asks Telnyx about what it names, so an event late or out of order still leaves the truth.</summary>
public sealed class ApplyTenDlcEvent(RefreshRegistration refresh) : IWebhookEventHandler
{
    public IReadOnlyCollection<string> EventTypes { get; } =
        [TelnyxEventTypes.TenDlcBrandUpdate, TelnyxEventTypes.TenDlcCampaignUpdate, TelnyxEventTypes.TenDlcPhoneNumberUpdate];

    public async Task HandleAsync(TelnyxEventData webhookEvent, DateTimeOffset occurredAt, CancellationToken cancellationToken)
    {
        var payload = TenDlcEventPayload.From(webhookEvent.Payload);
        switch (webhookEvent.EventType)
        {
            case TelnyxEventTypes.TenDlcPhoneNumberUpdate when payload.PhoneNumber is { } phoneNumber:
                await refresh.NumberAsync(phoneNumber, cancellationToken);
                break;
            case TelnyxEventTypes.TenDlcCampaignUpdate when payload.CampaignId is { } campaignId:
                await refresh.CampaignAsync(campaignId, cancellationToken);
                break;
            case TelnyxEventTypes.TenDlcBrandUpdate when payload.BrandId is { } brandId:
                await refresh.BrandAsync(brandId, cancellationToken);
                break;
            default:
                throw new System.Text.Json.JsonException($"The {webhookEvent.EventType} event {webhookEvent.Id} names no brand, campaign or number.");
        }
    }
}
