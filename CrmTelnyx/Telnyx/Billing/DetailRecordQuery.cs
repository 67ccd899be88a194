namespace CrmTelnyx.Telnyx;

/// <summary>One page of <c>GET /v2/detail_records</c> between two instants (page size at most 50, Telnyx's limit).</summary>
public sealed record DetailRecordQuery(DateTimeOffset From, DateTimeOffset To, int PageNumber = 1, int PageSize = 50)
{
    public string? Direction { get; init; }

    internal string ToPath(string recordType) => new TelnyxQuery("detail_records")
        .Add("filter[record_type]", recordType)
        .Add("filter[created_at][gte]", From.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ"))
        .Add("filter[created_at][lt]", To.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ"))
        .Add("filter[direction]", Direction)
        .Add("sort", "-created_at")
        .Add("page[number]", Math.Max(PageNumber, 1))
        .Add("page[size]", Math.Clamp(PageSize, 1, 50))
        .ToString();
}
