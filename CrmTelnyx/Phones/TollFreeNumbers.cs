using PhoneNumbers;

namespace CrmTelnyx.Phones;

/// <summary>
/// Toll-free numbers (800, 833 … 888) are valid but belong to no state or time zone, so they are not in
/// nanp-area-codes.csv; callers check here before billing by state or applying quiet hours. libphonenumber knows the codes.
/// </summary>
public static class TollFreeNumbers
{
    /// <summary>True for a +1 E.164 number such as "+18005551234" that libphonenumber classes as toll-free.</summary>
    public static bool IsTollFree(string e164)
    {
        var util = PhoneNumberUtil.GetInstance();
        return PhoneNumberNormalizer.IsNanpE164(e164)
            && util.GetNumberType(util.Parse(e164, null)) == PhoneNumberType.TOLL_FREE;
    }
}
