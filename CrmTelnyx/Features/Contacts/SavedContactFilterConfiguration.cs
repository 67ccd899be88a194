using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrmTelnyx.Features.Contacts;

public sealed class SavedContactFilterConfiguration : IEntityTypeConfiguration<SavedContactFilter>
{
    public void Configure(EntityTypeBuilder<SavedContactFilter> builder)
    {
        builder.ToTable("SavedContactFilters");
        builder.Property(f => f.Name).HasMaxLength(100);
        builder.HasIndex(f => f.Name).IsUnique();
        builder.Property(f => f.Query).HasMaxLength(2000);
        builder.Property(f => f.CreatedBy).HasMaxLength(256);
    }
}
