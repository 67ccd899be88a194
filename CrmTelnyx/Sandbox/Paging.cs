namespace CrmTelnyx.Sandbox;

/// <summary>Telnyx's page[number]/page[size] paging and its meta block.</summary>
public static class Paging
{
    public static (int Number, int Size) Read(HttpRequest request, int defaultSize, int maxSize)
    {
        var number = int.TryParse(request.Query["page[number]"], out var n) && n > 0 ? n : 1;
        var size = int.TryParse(request.Query["page[size]"], out var s) && s > 0 ? Math.Min(s, maxSize) : defaultSize;
        return (number, size);
    }

    public static object Meta(int pageNumber, int pageSize, int totalResults) => new
    {
        total_pages = Math.Max(1, (totalResults + pageSize - 1) / pageSize),
        total_results = totalResults,
        page_number = pageNumber,
        page_size = pageSize,
    };
}
