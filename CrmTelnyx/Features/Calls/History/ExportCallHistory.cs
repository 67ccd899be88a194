using System.Globalization;
using CrmTelnyx.Features.Contacts;
using CrmTelnyx.Features.TextCenter;
using CrmTelnyx.Identity;

namespace CrmTelnyx.Features.Calls.History;

/// <summary><c>GET /calls/export</c>: the filtered call history as CSV, streamed row by row, for Admins and Managers.</summary>
public static class ExportCallHistory
{
    public static readonly IReadOnlyList<string> Header =
    [
        "call_id", "started_at", "direction", "contact_id", "contact", "contact_number", "agent", "from", "to", "status", "outcome",
        "hangup_cause", "duration_seconds", "billed_seconds", "cost_usd", "recording", "disposition", "notes",
    ];

    public static RouteGroupBuilder MapCallHistory(this RouteGroupBuilder calls)
    {
        // Agents see their own calls on the page; taking the history out in bulk is for managers (AppRoles.Exports).
        calls.MapGet("/export", Export).RequireAuthorization(AppPolicies.Exports);
        return calls;
    }

    /// <summary>Streams the calls <paramref name="filter"/> matches, newest first, at constant memory.</summary>
    public static async Task Export([AsParameters] CallHistoryFilter filter, CallHistoryQuery history, HttpContext context, TimeProvider time)
    {
        var aborted = context.RequestAborted;
        var zone = await history.ZoneAsync(aborted);
        var viewer = CallHistoryViewer.Of(context.User);
        await using var csv = ExcelSafeCsv.Download(context.Response, $"calls-{CompanyClock.ToLocal(time.GetUtcNow(), zone):yyyyMMdd-HHmm}.csv");
        await csv.WriteRecordAsync([.. Header], aborted);
        await foreach (var call in history.StreamAsync(filter, viewer, zone).WithCancellation(aborted))
            await csv.WriteRecordAsync(Fields(call, zone), aborted);
    }

    /// <summary>One call's cells: times ISO 8601 with the company's offset, numbers with a dot whatever the server's culture.</summary>
    public static string[] Fields(CallHistoryRow call, TimeZoneInfo zone)
    {
        var started = TimeZoneInfo.ConvertTime(new DateTimeOffset(DateTime.SpecifyKind(call.StartedAt, DateTimeKind.Utc)), zone);
        return
        [
            call.Id.ToString(CultureInfo.InvariantCulture),
            started.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
            call.Direction == CallDirection.Outbound ? "outbound" : "inbound",
            call.ContactId?.ToString(CultureInfo.InvariantCulture) ?? "",
            call.ContactFirstName is null && call.ContactLastName is null ? "" : call.ContactName,
            call.ContactNumber,
            call.AgentName ?? "",
            call.From,
            call.To,
            call.Status,
            call.Outcome ?? "",
            call.HangupCause ?? "",
            call.DurationSeconds?.ToString(CultureInfo.InvariantCulture) ?? "",
            call.BilledSeconds?.ToString(CultureInfo.InvariantCulture) ?? "",
            call.Cost?.ToString("0.0000##", CultureInfo.InvariantCulture) ?? "",
            call.HasRecording ? "yes" : "",
            call.Disposition ?? "",
            call.Notes ?? "",
        ];
    }
}
