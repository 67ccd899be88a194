namespace CrmTelnyx.Features.Numbers;

/// <summary>Length limits of a number's editable fields, shared by the form, the use cases and the database model.</summary>
public static class CompanyNumberLimits
{
    public const int FriendlyName = 100;
}
