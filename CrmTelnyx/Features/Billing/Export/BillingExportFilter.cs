using CrmTelnyx.Data;
using CrmTelnyx.Features.Billing.Tab;
using CrmTelnyx.Features.TextCenter;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CrmTelnyx.Features.Billing.Export;

/// <summary>The Billing tab's filter as an export link carries it (<see cref="BillingFilter.ToQueryString"/>), read back in the company's zone.</summary>
public static class BillingExportFilter
{
    /// <summary>The filter, or a 400 that says in words what cannot be read: a bad link never downloads "everything".</summary>
    public static async Task<(BillingFilter? Filter, ProblemHttpResult? Problem)> ReadAsync(HttpRequest request, CrmDbContext db, CancellationToken cancellationToken)
    {
        var zone = await CompanyClock.ZoneAsync(db, cancellationToken);
        var (filter, error) = BillingFilter.FromQuery(request.Query, zone);
        return filter is null
            ? (null, TypedResults.Problem(title: "The export's filter cannot be read.", detail: error, statusCode: StatusCodes.Status400BadRequest))
            : (filter, null);
    }
}
