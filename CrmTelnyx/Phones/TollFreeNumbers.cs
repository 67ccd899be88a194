using PhoneNumbers;

namespace CrmTelnyx.Phones;

/// <summary>
/// Toll-free numbers (800, 833 … 888) are valid but belong to no state or time zone, so they are not in
/// nanp-area-codes.csv; callers check here before billing by state or applying quiet hours. libphonenumber knows the codes.
/// </summary>
public static class TollFreeNumbers
{
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    /// <summary>True for a +1 E.164 number such as "+18005551234" that libphonenumber classes as toll-free.</summary>
    public static bool IsTollFree(string e164) =>
        PhoneNumberNormalizer.IsNanpE164(e164) && Util.GetNumberType(Util.Parse(e164, null)) == PhoneNumberType.TOLL_FREE;
}
