using CrmTelnyx.Features.Billing.Tab;
using CrmTelnyx.Identity;

namespace CrmTelnyx.Features.Billing.Export;

/// <summary>The Billing tab's CSV downloads: the ledger's lines and the per-number summary over the tab's filter.</summary>
public static class BillingExports
{
    public const string LedgerPath = "/billing/export/ledger.csv";
    public const string NumbersPath = "/billing/export/numbers.csv";

    /// <summary>The links that download what the tab shows for <paramref name="filter"/>.</summary>
    public static string LedgerLink(BillingFilter filter) => LedgerPath + filter.ToQueryString();

    public static string NumbersLink(BillingFilter filter) => NumbersPath + filter.ToQueryString();

    public static IEndpointRouteBuilder MapBillingExports(this IEndpointRouteBuilder app)
    {
        // Taking billing out in bulk is for the roles that may export (AppRoles.Exports), on top of seeing Billing.
        var export = app.MapGroup("/billing/export").RequireAuthorization(AppPolicies.Billing).RequireAuthorization(AppPolicies.Exports);
        export.MapGet("/ledger.csv", LedgerCsvExport.ExportAsync);
        export.MapGet("/numbers.csv", NumberSummaryCsvExport.ExportAsync);
        return app;
    }
}
