namespace CrmTelnyx.Telnyx;

public sealed partial class TelnyxClient
{
    /// <summary>Telnyx does not page this list: ask for fewer or more with <see cref="AvailableNumberSearch.Limit"/>.</summary>
    public Task<IReadOnlyList<AvailablePhoneNumber>> SearchAvailableNumbersAsync(AvailableNumberSearch search, CancellationToken cancellationToken = default) =>
        GetDataAsync<IReadOnlyList<AvailablePhoneNumber>>(search.ToPath(), cancellationToken);

    /// <summary>POST /number_orders. Never blindly retried: a 500 may mean the numbers were bought.</summary>
    public Task<TelnyxNumberOrder> CreateNumberOrderAsync(CreateNumberOrderRequest request, CancellationToken cancellationToken = default) =>
        DataAsync<TelnyxNumberOrder>(HttpMethod.Post, "number_orders", request, cancellationToken);

    public Task<TelnyxNumberOrder> GetNumberOrderAsync(string id, CancellationToken cancellationToken = default) =>
        GetDataAsync<TelnyxNumberOrder>($"number_orders/{Escape(id)}", cancellationToken);

    /// <summary>Every number the account owns, following all pages.</summary>
    public Task<IReadOnlyList<TelnyxPhoneNumber>> ListAllPhoneNumbersAsync(int pageSize = 250, CancellationToken cancellationToken = default) =>
        GetAllPagesAsync<TelnyxPhoneNumber>("phone_numbers", Math.Clamp(pageSize, 1, 250), cancellationToken);

    /// <summary>The account's number with exactly this +E.164 form (filter[phone_number] also matches parts), or null.</summary>
    public async Task<TelnyxPhoneNumber?> FindPhoneNumberAsync(string e164, CancellationToken cancellationToken = default)
    {
        var path = new TelnyxQuery("phone_numbers").Add("filter[phone_number]", e164).Add("page[size]", 250).ToString();
        var page = await GetPageAsync<TelnyxPhoneNumber>(path, cancellationToken);
        return page.Data.FirstOrDefault(n => n.PhoneNumber == e164);
    }

    public Task<TelnyxPhoneNumber> GetPhoneNumberAsync(string id, CancellationToken cancellationToken = default) =>
        GetDataAsync<TelnyxPhoneNumber>($"phone_numbers/{Escape(id)}", cancellationToken);

    public Task<TelnyxPhoneNumber> UpdatePhoneNumberAsync(string id, UpdatePhoneNumberRequest request, CancellationToken cancellationToken = default) =>
        DataAsync<TelnyxPhoneNumber>(HttpMethod.Patch, $"phone_numbers/{Escape(id)}", request, cancellationToken);

    public Task<PhoneNumberMessagingSettings> UpdateMessagingSettingsAsync(string id, UpdateMessagingSettingsRequest request, CancellationToken cancellationToken = default) =>
        DataAsync<PhoneNumberMessagingSettings>(HttpMethod.Patch, $"phone_numbers/{Escape(id)}/messaging", request, cancellationToken);

    public Task<PhoneNumberVoiceSettings> UpdateVoiceSettingsAsync(string id, UpdateVoiceSettingsRequest request, CancellationToken cancellationToken = default) =>
        DataAsync<PhoneNumberVoiceSettings>(HttpMethod.Patch, $"phone_numbers/{Escape(id)}/voice", request, cancellationToken);

    /// <summary>Releases the number; Telnyx answers with the deleted number's fields.</summary>
    public Task<TelnyxPhoneNumber> DeletePhoneNumberAsync(string id, CancellationToken cancellationToken = default) =>
        DataAsync<TelnyxPhoneNumber>(HttpMethod.Delete, $"phone_numbers/{Escape(id)}", null, cancellationToken);
}
