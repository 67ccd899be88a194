namespace CrmTelnyx.Phones;

/// <summary>One geographic North American area code: where it is and which clock it keeps.</summary>
/// <param name="AreaCode">Three digits, e.g. "212".</param>
/// <param name="Region">Two-letter USPS state/territory or Canada Post province code, e.g. "NY", "ON".</param>
/// <param name="Country">"US" or "CA".</param>
/// <param name="TimeZone">
/// IANA zone where most of the area's people live, e.g. "America/New_York". Areas split by a zone line follow
/// the larger share (850 Florida panhandle → Chicago, 812 Indiana → Indianapolis, 270 Kentucky → Chicago).
/// </param>
public sealed record AreaCodeInfo(string AreaCode, string Region, string Country, string TimeZone);
