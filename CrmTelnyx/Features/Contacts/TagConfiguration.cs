using CrmTelnyx.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrmTelnyx.Features.Contacts;

public sealed class TagConfiguration : IEntityTypeConfiguration<Tag>
{
    public void Configure(EntityTypeBuilder<Tag> builder)
    {
        builder.Property(t => t.Name).HasMaxLength(ContactFieldLimits.Tag).UseCollation("NOCASE");
        builder.ToTable(t => t.HasCheckConstraint("CK_Tags_Name_Length", LengthLimit.Check(nameof(Tag.Name), ContactFieldLimits.Tag)));
        builder.HasIndex(t => t.Name).IsUnique();
    }
}

public sealed class ContactTagConfiguration : IEntityTypeConfiguration<ContactTag>
{
    public void Configure(EntityTypeBuilder<ContactTag> builder)
    {
        builder.HasKey(t => new { t.ContactId, t.TagId });
        builder.HasIndex(t => t.TagId);
        builder.HasOne(t => t.Tag).WithMany().HasForeignKey(t => t.TagId).OnDelete(DeleteBehavior.Cascade);
    }
}
