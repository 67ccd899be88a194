namespace CrmTelnyx.Telnyx;

/// <summary>10DLC endpoints answer bare camelCase objects, without the <c>{"data":…}</c> wrapper.</summary>
public sealed partial class TelnyxClient
{
    public Task<TenDlcBrand> CreateBrandAsync(CreateBrandRequest request, CancellationToken cancellationToken = default) =>
        SendAsync<TenDlcBrand>(HttpMethod.Post, "10dlc/brand", request, TelnyxJson.CamelCase, cancellationToken);

    public Task<TenDlcBrand> GetBrandAsync(string brandId, CancellationToken cancellationToken = default) =>
        SendAsync<TenDlcBrand>(HttpMethod.Get, $"10dlc/brand/{Escape(brandId)}", null, TelnyxJson.CamelCase, cancellationToken);

    public Task<TenDlcCampaign> CreateCampaignAsync(CreateCampaignRequest request, CancellationToken cancellationToken = default) =>
        SendAsync<TenDlcCampaign>(HttpMethod.Post, "10dlc/campaignBuilder", request, TelnyxJson.CamelCase, cancellationToken);

    public Task<TenDlcCampaign> GetCampaignAsync(string campaignId, CancellationToken cancellationToken = default) =>
        SendAsync<TenDlcCampaign>(HttpMethod.Get, $"10dlc/campaign/{Escape(campaignId)}", null, TelnyxJson.CamelCase, cancellationToken);

    public Task<PhoneNumberCampaign> AssignNumberToCampaignAsync(AssignNumberToCampaignRequest request, CancellationToken cancellationToken = default) =>
        SendAsync<PhoneNumberCampaign>(HttpMethod.Post, "10dlc/phone_number_campaigns", request, TelnyxJson.CamelCase, cancellationToken);

    public Task<PhoneNumberCampaign> GetPhoneNumberCampaignAsync(string phoneNumber, CancellationToken cancellationToken = default) =>
        SendAsync<PhoneNumberCampaign>(HttpMethod.Get, $"10dlc/phone_number_campaigns/{Escape(phoneNumber)}", null, TelnyxJson.CamelCase, cancellationToken);
}
