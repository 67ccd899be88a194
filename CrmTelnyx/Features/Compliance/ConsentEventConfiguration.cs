using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrmTelnyx.Features.Compliance;

public sealed class ConsentEventConfiguration : IEntityTypeConfiguration<ConsentEvent>
{
    public void Configure(EntityTypeBuilder<ConsentEvent> builder)
    {
        builder.Property(e => e.Detail).HasMaxLength(500);
        builder.Property(e => e.Actor).HasMaxLength(254);
        builder.HasIndex(e => new { e.ContactId, e.At });
    }
}
