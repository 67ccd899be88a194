namespace CrmTelnyx.Telnyx;

public sealed partial class TelnyxClient
{
    /// <summary>Every toll-free verification request on the account, all pages (<c>?page=&amp;page_size=</c>).</summary>
    public async Task<IReadOnlyList<TollFreeVerification>> ListAllTollFreeVerificationsAsync(int pageSize = 100, CancellationToken cancellationToken = default)
    {
        var all = new List<TollFreeVerification>();
        for (var page = 1; ; page++)
        {
            var path = new TelnyxQuery("messaging_tollfree/verification/requests").Add("page", page).Add("page_size", pageSize).ToString();
            var records = (await SendAsync<TollFreeVerificationPage>(HttpMethod.Get, path, null, TelnyxJson.CamelCase, cancellationToken)).Records ?? [];
            all.AddRange(records);
            if (records.Count == 0 || records.Count < pageSize) return all;
        }
    }
}
