using CrmTelnyx.Sandbox.Numbers;
using CrmTelnyx.Sandbox.Store;
using Microsoft.EntityFrameworkCore;

namespace CrmTelnyx.Sandbox.TenDlc;

/// <summary>
/// Whether US carriers take a text from a sender: a US local (10DLC) number must be ASSIGNED to an MNO_PROVISIONED
/// campaign, or carriers refuse it with 40010. Toll-free and non-US numbers are outside 10DLC. Only the account's own
/// numbers are judged: the sandbox lets a sender it does not hold through as before (tests and demos text "from" any number).
/// </summary>
public static class SenderRegistration
{
    public const string NotRegisteredCode = "40010";
    public const string NotRegisteredTitle = "Not 10DLC registered";

    public static bool IsTenDlc(string phoneNumber) =>
        phoneNumber.Length == 12 && phoneNumber.StartsWith("+1", StringComparison.Ordinal) && !AvailableNumberGenerator.IsTollFree(phoneNumber);

    public static async Task<bool> IsRefusedAsync(SandboxDbContext db, string from, CancellationToken ct) =>
        IsTenDlc(from) && await db.PhoneNumbers.AnyAsync(n => n.PhoneNumber == from, ct) && !await db.NumberCampaigns.AnyAsync(n => n.PhoneNumber == from && n.AssignmentStatus == TenDlcStatus.Assigned
            && db.Campaigns.Any(c => c.CampaignId == n.CampaignId && c.CampaignStatus == TenDlcStatus.CampaignProvisioned), ct);
}
