using CrmTelnyx.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrmTelnyx.Features.TextCenter.Blasts;

public sealed class StickySenderConfiguration : IEntityTypeConfiguration<StickySender>
{
    public void Configure(EntityTypeBuilder<StickySender> builder)
    {
        builder.ToTable("StickySenders");
        builder.HasKey(s => s.Phone);
        builder.Property(s => s.Phone).HasMaxLength(32);
        builder.Property(s => s.SenderNumber).HasMaxLength(32);
        builder.Property(s => s.UpdatedAt).HasConversion<UtcDateTimeOffsetConverter>();
    }
}
