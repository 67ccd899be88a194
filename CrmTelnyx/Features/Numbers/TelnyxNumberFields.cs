using CrmTelnyx.Phones;
using CrmTelnyx.Telnyx;

namespace CrmTelnyx.Features.Numbers;

/// <summary>What a number row takes from Telnyx's view of the number; the fields people edit are left alone.</summary>
public static class TelnyxNumberFields
{
    public static void Apply(CompanyNumber row, TelnyxPhoneNumber telnyx, NumbersOptions options, DateTime now)
    {
        row.TelnyxId = telnyx.Id;
        row.TelnyxStatus = telnyx.Status;
        row.Status = StatusOf(telnyx.Status);
        row.Kind = KindOf(telnyx.PhoneNumberType, telnyx.PhoneNumber);
        row.MessagingProfileId = telnyx.MessagingProfileId;
        row.ConnectionId = telnyx.ConnectionId;
        // Telnyx lists no features on an owned number: what it can do here is what it is attached to.
        row.CanSms = row.Kind != NumberKind.Other && !string.IsNullOrEmpty(telnyx.MessagingProfileId);
        row.CanMms = row.CanSms;
        row.CanVoice = !string.IsNullOrEmpty(telnyx.ConnectionId);
        row.State ??= NanpAreaCodes.ForE164(telnyx.PhoneNumber)?.Region;
        row.PurchasedAt ??= (telnyx.PurchasedAt ?? telnyx.CreatedAt)?.UtcDateTime;
        if (row.MonthlyCost is null)
        {
            row.MonthlyCost = row.Kind == NumberKind.TollFree ? options.TollFreeMonthlyCost : options.LocalMonthlyCost;
            row.CostCurrency = "USD";
        }
        row.LastSyncedAt = now;
    }

    public static NumberStatus StatusOf(string? telnyxStatus) => telnyxStatus switch
    {
        null or "active" => NumberStatus.Active,
        "purchase-pending" => NumberStatus.Pending,
        "deleted" or "ported-out" or "purchase-failed" or "port-failed" => NumberStatus.Released,
        _ => NumberStatus.Inactive,
    };

    public static NumberKind KindOf(string? phoneNumberType, string phoneNumber) => phoneNumberType switch
    {
        "local" => NumberKind.Local,
        "toll_free" or "toll-free" => NumberKind.TollFree,
        null when TollFreeNumbers.IsTollFree(phoneNumber) => NumberKind.TollFree,
        null => NumberKind.Local,
        _ => NumberKind.Other,
    };
}
