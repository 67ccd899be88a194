using CrmTelnyx.Validation;

namespace CrmTelnyx.Features.Contacts;

/// <summary>
/// Each contact field's one length limit: the form's attributes, <see cref="SaveContact"/>, the import's row mapper, the
/// model's column sizes and the database's CHECK constraints all read it from here.
/// </summary>
public static class ContactFieldLimits
{
    public const int FirstName = 100;
    public const int LastName = 100;
    public const int Email = EmailAddressRule.MaxLength;
    public const int Company = 200;
    public const int Notes = 4000;
    public const int Tag = 50;
    public const int TagsPerContact = 50;
    public const int CustomFieldName = 100;
    public const int CustomFieldValue = 500;
    public const int CustomFieldCount = 20;
}
