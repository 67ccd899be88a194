namespace CrmTelnyx.Telnyx;

public sealed partial class TelnyxClient
{
    public Task<TelnyxPage<MessageDetailRecord>> GetMessagingDetailRecordsAsync(DetailRecordQuery query, CancellationToken cancellationToken = default) =>
        GetPageAsync<MessageDetailRecord>(query.ToPath("messaging"), cancellationToken);

    public Task<TelnyxPage<CallDetailRecord>> GetCallDetailRecordsAsync(DetailRecordQuery query, CancellationToken cancellationToken = default) =>
        GetPageAsync<CallDetailRecord>(query.ToPath("call-control"), cancellationToken);

    public Task<TelnyxBalance> GetBalanceAsync(CancellationToken cancellationToken = default) =>
        GetDataAsync<TelnyxBalance>("balance", cancellationToken);
}
