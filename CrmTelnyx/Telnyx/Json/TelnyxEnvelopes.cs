namespace CrmTelnyx.Telnyx;

/// <summary>The v2 wrapper around one resource: <c>{"data": …}</c>.</summary>
public sealed record TelnyxData<T>(T Data);

/// <summary>The v2 wrapper around one page of a list: <c>{"data": [...], "meta": {...}}</c>.</summary>
public sealed record TelnyxPage<T>(IReadOnlyList<T> Data, TelnyxPageMeta? Meta);

public sealed record TelnyxPageMeta(int PageNumber, int PageSize, int TotalPages, int TotalResults);
