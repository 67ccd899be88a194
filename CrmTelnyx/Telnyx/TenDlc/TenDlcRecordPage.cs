namespace CrmTelnyx.Telnyx;

/// <summary>A page of a 10DLC list: <c>{page, totalRecords, records[]}</c> (not the v2 <c>data/meta</c> form).</summary>
public sealed record TenDlcRecordPage<T>(int Page, int TotalRecords, IReadOnlyList<T> Records);
