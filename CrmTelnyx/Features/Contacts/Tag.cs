namespace CrmTelnyx.Features.Contacts;

public sealed class Tag
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
}

public sealed class ContactTag
{
    public long ContactId { get; set; }
    public int TagId { get; set; }
    public Tag Tag { get; set; } = default!;
}
