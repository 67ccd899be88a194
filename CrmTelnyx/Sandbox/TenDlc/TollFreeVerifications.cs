using CrmTelnyx.Sandbox.Numbers;
using CrmTelnyx.Sandbox.Store;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Sandbox.TenDlc;

/// <summary>
/// Toll-free verification, simply: each toll-free number of the account has one request, "In Progress" for the review
/// delay after it was bought, then "Verified". Carriers refuse texts from an unverified toll-free number (40329).
/// </summary>
public static class TollFreeVerifications
{
    public const string NotVerifiedCode = "40329";
    public const string NotVerifiedTitle = "Toll-free not verified";

    public static string Status(SandboxPhoneNumber number, DateTime now, TimeSpan review) =>
        now - number.CreatedAt >= review ? "Verified" : "In Progress";

    /// <summary><c>GET messaging_tollfree/verification/requests?page=&amp;page_size=</c>: <c>{records, total_records}</c>.</summary>
    public static async Task<IResult> ListAsync(HttpRequest http, SandboxDbContext db, SandboxRuntimeSettings runtime, TimeProvider time)
    {
        var page = int.TryParse(http.Query["page"], out var p) && p > 0 ? p : 1;
        var size = int.TryParse(http.Query["page_size"], out var s) && s > 0 ? Math.Min(s, 100) : 10;
        var numbers = (await db.PhoneNumbers.AsNoTracking().Where(n => n.Status == "active").OrderBy(n => n.PhoneNumber).ToListAsync())
            .Where(n => AvailableNumberGenerator.IsTollFree(n.PhoneNumber)).ToList();
        var now = time.GetUtcNow().UtcDateTime;
        var review = TimeSpan.FromMilliseconds(runtime.TenDlcReviewDelayMs);
        var records = numbers.Skip((page - 1) * size).Take(size).Select(n => new
        {
            id = n.Id, phoneNumbers = new[] { new { phoneNumber = n.PhoneNumber } }, verificationStatus = Status(n, now, review),
            businessName = "Sandbox Demo Co", useCase = "Customer Care", reason = (string?)null,
            createdAt = SandboxJson.Time(n.CreatedAt), updatedAt = SandboxJson.Time(n.CreatedAt),
        });
        return SandboxJson.Bare(new { records, total_records = numbers.Count });
    }

    /// <summary>Whether carriers refuse a text from <paramref name="from"/>: a toll-free number of the account still under verification.</summary>
    public static async Task<bool> IsRefusedAsync(SandboxDbContext db, string from, DateTime now, TimeSpan review, CancellationToken ct) =>
        AvailableNumberGenerator.IsTollFree(from) && await db.PhoneNumbers.AsNoTracking().FirstOrDefaultAsync(n => n.PhoneNumber == from && n.Status == "active", ct) is { } number
        && Status(number, now, review) != "Verified";
}
