using CrmTelnyx.Sandbox.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CrmTelnyx.Sandbox.Billing;

/// <summary>
/// GET /v2/detail_records?filter[record_type]=messaging|call-control, newest first, paged (page[size] at most 50).
/// A record appears once the message is final (or received) or the call has ended, as at Telnyx.
/// </summary>
public static class ListDetailRecords
{
    public static async Task<IResult> HandleAsync(HttpRequest request, SandboxDbContext db, IOptions<SandboxOptions> options)
    {
        var recordType = request.Query["filter[record_type]"].ToString();
        var direction = request.Query["filter[direction]"].ToString();
        var status = request.Query["filter[status]"].ToString();
        var (page, size) = Paging.Read(request, defaultSize: 20, maxSize: 50);
        var from = ReadTime(request, "filter[created_at][gte]");
        var until = ReadTime(request, "filter[created_at][lt]");
        if (from.Error is not null) return from.Error;
        if (until.Error is not null) return until.Error;

        List<(DateTime CreatedAt, string Direction, string Status, object Record)> records;
        if (recordType == "messaging") records = await MessagingAsync(db, options.Value);
        else if (recordType == "call-control") records = await CallControlAsync(db, options.Value);
        else if (recordType.Length == 0)
            return SandboxErrors.Result(400, "10004", "Missing required parameter", "filter[record_type] is required.", parameter: "filter[record_type]");
        else
            return SandboxErrors.Result(400, "10015", "Bad Request", $"The sandbox keeps 'messaging' and 'call-control' records, not '{recordType}'.", parameter: "filter[record_type]");

        var filtered = records
            .Where(r => direction.Length == 0 || r.Direction == direction)
            .Where(r => status.Length == 0 || r.Status == status)
            .Where(r => from.Value is null || r.CreatedAt >= from.Value)
            .Where(r => until.Value is null || r.CreatedAt < until.Value)
            .OrderByDescending(r => r.CreatedAt)
            .ToList();
        var data = filtered.Skip((page - 1) * size).Take(size).Select(r => r.Record);
        return TypedResults.Json(new { data, meta = Paging.Meta(page, size, filtered.Count) }, SandboxJson.Options);
    }

    private static (DateTime? Value, IResult? Error) ReadTime(HttpRequest request, string parameter)
    {
        var text = request.Query[parameter].ToString();
        if (text.Length == 0) return (null, null);
        return DateTimeOffset.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var at)
            ? (at.UtcDateTime, null)
            : (null, SandboxErrors.Result(400, "10015", "Bad Request", $"'{text}' is not an ISO 8601 date-time.", parameter: parameter));
    }

    private static async Task<List<(DateTime, string, string, object)>> MessagingAsync(SandboxDbContext db, SandboxOptions options)
    {
        var profiles = await db.MessagingProfiles.ToDictionaryAsync(p => p.Id, p => p.Name);
        var messages = await db.Messages.Where(m => m.CompletedAt != null || m.Direction == "inbound").ToListAsync();
        return messages.Select(m =>
        {
            var status = m.Direction == "inbound" ? "received" : m.Status == "delivered" ? "delivered" : "failed";
            object record = new
            {
                record_type = "message_detail_record",
                uuid = m.Id.ToString(),
                cli = m.From,
                cld = m.To,
                direction = m.Direction,
                message_type = m.IsMms ? "MMS" : "SMS",
                parts = m.Parts,
                status,
                rate = SandboxJson.Money(m.Direction == "inbound" ? 0 : m.IsMms ? options.MmsRate : options.MessageRate),
                carrier_fee = SandboxJson.Money(m.CarrierFee),
                cost = SandboxJson.Money(m.Cost),
                currency = "USD",
                errors = m.ErrorCode is null ? Array.Empty<string>() : [m.ErrorCode],
                carrier = "T-MOBILE USA, INC.",
                country_code = "US",
                source_country_code = "US",
                profile_id = m.MessagingProfileId,
                profile_name = m.MessagingProfileId is null ? null : profiles.GetValueOrDefault(m.MessagingProfileId),
                tags = m.Tags,
                on_net = false,
                created_at = SandboxJson.Time(m.ReceivedAt),
                sent_at = SandboxJson.Time(m.SentAt),
                completed_at = SandboxJson.Time(m.CompletedAt ?? m.ReceivedAt),
                updated_at = SandboxJson.Time(m.CompletedAt ?? m.ReceivedAt),
            };
            return (m.ReceivedAt, m.Direction, status, record);
        }).ToList();
    }

    private static async Task<List<(DateTime, string, string, object)>> CallControlAsync(SandboxDbContext db, SandboxOptions options)
    {
        var calls = await db.Calls.Where(c => c.EndedAt != null).ToListAsync();
        return calls.Select(c =>
        {
            var direction = c.Direction == "outgoing" ? "outbound" : "inbound";
            var callSeconds = c.AnsweredAt is null ? 0 : (int)Math.Round((c.EndedAt!.Value - c.AnsweredAt.Value).TotalSeconds);
            object record = new
            {
                record_type = "call_control_detail_record",
                id = c.CallLegId.ToString(),
                call_leg_id = c.CallLegId.ToString(),
                call_session_id = c.CallSessionId.ToString(),
                connection_id = c.ConnectionId,
                cli = c.From,
                cld = c.To,
                direction,
                call_sec = callSeconds,
                billed_sec = c.BilledSeconds,
                rate = SandboxJson.Money(options.CallRatePerMinute),
                cost = SandboxJson.Money(c.Cost),
                currency = "USD",
                hangup_cause = c.HangupCause,
                started_at = SandboxJson.Time(c.StartedAt),
                answered_at = SandboxJson.Time(c.AnsweredAt),
                finished_at = SandboxJson.Time(c.EndedAt),
            };
            return (c.StartedAt, direction, c.HangupCause ?? "", record);
        }).ToList();
    }
}
