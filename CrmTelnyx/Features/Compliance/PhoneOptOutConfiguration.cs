using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrmTelnyx.Features.Compliance;

public sealed class PhoneOptOutConfiguration : IEntityTypeConfiguration<PhoneOptOut>
{
    public void Configure(EntityTypeBuilder<PhoneOptOut> builder)
    {
        builder.HasKey(o => o.Phone);
        builder.Property(o => o.Phone).HasMaxLength(16);
        builder.Property(o => o.Source).HasMaxLength(100);
    }
}
