using System.Text.Json;

namespace CrmTelnyx.Telnyx;

/// <summary>10DLC endpoints answer bare camelCase objects, without the <c>{"data":…}</c> wrapper.</summary>
public sealed partial class TelnyxClient
{
    public Task<TenDlcBrand> CreateBrandAsync(CreateBrandRequest request, CancellationToken cancellationToken = default) =>
        SendAsync<TenDlcBrand>(HttpMethod.Post, "10dlc/brand", request, TelnyxJson.CamelCase, cancellationToken);

    public Task<TenDlcBrand> GetBrandAsync(string brandId, CancellationToken cancellationToken = default) =>
        SendAsync<TenDlcBrand>(HttpMethod.Get, $"10dlc/brand/{Escape(brandId)}", null, TelnyxJson.CamelCase, cancellationToken);

    /// <summary>The brand's external vetting records (empty until a vetting is done); the score drives carrier throughput.</summary>
    public Task<IReadOnlyList<BrandVetting>> ListBrandVettingsAsync(string brandId, CancellationToken cancellationToken = default) =>
        SendAsync<IReadOnlyList<BrandVetting>>(HttpMethod.Get, $"10dlc/brand/{Escape(brandId)}/externalVetting", null, TelnyxJson.CamelCase, cancellationToken);

    public Task<TenDlcCampaign> CreateCampaignAsync(CreateCampaignRequest request, CancellationToken cancellationToken = default) =>
        SendAsync<TenDlcCampaign>(HttpMethod.Post, "10dlc/campaignBuilder", request, TelnyxJson.CamelCase, cancellationToken);

    public Task<TenDlcCampaign> GetCampaignAsync(string campaignId, CancellationToken cancellationToken = default) =>
        SendAsync<TenDlcCampaign>(HttpMethod.Get, $"10dlc/campaign/{Escape(campaignId)}", null, TelnyxJson.CamelCase, cancellationToken);

    /// <summary>What each carrier granted the campaign: AT&amp;T's per-minute class, T-Mobile's daily cap per brand.</summary>
    public async Task<CarrierLimits> GetCampaignCarrierLimitsAsync(string campaignId, CancellationToken cancellationToken = default) =>
        CarrierLimits.FromMnoMetadata(await SendAsync<JsonElement>(HttpMethod.Get, $"10dlc/campaign/{Escape(campaignId)}/mnoMetadata", null, TelnyxJson.CamelCase, cancellationToken));

    public Task<PhoneNumberCampaign> AssignNumberToCampaignAsync(AssignNumberToCampaignRequest request, CancellationToken cancellationToken = default) =>
        SendAsync<PhoneNumberCampaign>(HttpMethod.Post, "10dlc/phone_number_campaigns", request, TelnyxJson.CamelCase, cancellationToken);

    public Task<PhoneNumberCampaign> GetPhoneNumberCampaignAsync(string phoneNumber, CancellationToken cancellationToken = default) =>
        SendAsync<PhoneNumberCampaign>(HttpMethod.Get, $"10dlc/phone_number_campaigns/{Escape(phoneNumber)}", null, TelnyxJson.CamelCase, cancellationToken);

    public Task<PhoneNumberCampaign> UnassignNumberFromCampaignAsync(string phoneNumber, CancellationToken cancellationToken = default) =>
        SendAsync<PhoneNumberCampaign>(HttpMethod.Delete, $"10dlc/phone_number_campaigns/{Escape(phoneNumber)}", null, TelnyxJson.CamelCase, cancellationToken);

    /// <summary>Every number's campaign assignment on the account, all pages (<c>?page=&amp;recordsPerPage=</c>).</summary>
    public async Task<IReadOnlyList<PhoneNumberCampaign>> ListAllPhoneNumberCampaignsAsync(int recordsPerPage = 500, CancellationToken cancellationToken = default)
    {
        var all = new List<PhoneNumberCampaign>();
        for (var page = 1; ; page++)
        {
            var path = new TelnyxQuery("10dlc/phone_number_campaigns").Add("page", page).Add("recordsPerPage", recordsPerPage).ToString();
            var records = await SendAsync<TenDlcRecordPage<PhoneNumberCampaign>>(HttpMethod.Get, path, null, TelnyxJson.CamelCase, cancellationToken);
            all.AddRange(records.Records);
            if (records.Records.Count == 0 || all.Count >= records.TotalRecords) return all;
        }
    }
}
