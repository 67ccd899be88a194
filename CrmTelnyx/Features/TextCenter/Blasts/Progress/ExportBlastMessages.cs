using CrmTelnyx.Data;
using CrmTelnyx.Features.Contacts;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Features.TextCenter.Blasts.Progress;

/// <summary>GET /text-center/blasts/{id}/export: a blast's messages as CSV, streamed row by row at constant memory.</summary>
public static class ExportBlastMessages
{
    public static async Task<Results<EmptyHttpResult, NotFound>> HandleAsync(long id, CrmDbContext db, HttpContext context)
    {
        var blast = await db.Blasts.AsNoTracking().Where(b => b.Id == id).Select(b => new { b.Id, b.Name }).SingleOrDefaultAsync(context.RequestAborted);
        if (blast is null) return TypedResults.NotFound();

        await using var csv = ExcelSafeCsv.Download(context.Response, $"blast-{blast.Id}-{FileSafe(blast.Name)}.csv");
        await csv.WriteRecordAsync(["to", "contact", "from", "status", "error_code", "error", "send_after_utc", "sent_at_utc", "completed_at_utc", "parts", "cost", "currency", "text"],
            context.RequestAborted);
        await foreach (var m in new ListBlastMessages(db).All(id).WithCancellation(context.RequestAborted))
        {
            await csv.WriteRecordAsync(
            [
                m.To, m.ContactName ?? "", m.From, m.Status, m.ErrorCode ?? "", m.Failure ?? "", Utc(m.SendAfter), Utc(m.SentAt), Utc(m.CompletedAt),
                m.Parts?.ToString() ?? "", m.CostAmount?.ToString("0.######", System.Globalization.CultureInfo.InvariantCulture) ?? "", m.CostCurrency ?? "", m.Text ?? "",
            ], context.RequestAborted);
        }
        return TypedResults.Empty;
    }

    private static string Utc(DateTimeOffset? at) => at?.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss") ?? "";

    private static string FileSafe(string name)
    {
        var safe = new string([.. name.Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' ? c : '-')]).Trim('-');
        return safe.Length == 0 ? "messages" : safe[..Math.Min(safe.Length, 60)];
    }
}
