using CrmTelnyx.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrmTelnyx.Features.Compliance;

public sealed class ConsentEventConfiguration : IEntityTypeConfiguration<ConsentEvent>
{
    public void Configure(EntityTypeBuilder<ConsentEvent> builder)
    {
        builder.Property(e => e.Detail).HasMaxLength(ConsentEvent.DetailMaxLength);
        builder.Property(e => e.Actor).HasMaxLength(ConsentEvent.ActorMaxLength);
        builder.ToTable(t =>
        {
            t.HasCheckConstraint("CK_ConsentEvents_Detail_Length", LengthLimit.Check(nameof(ConsentEvent.Detail), ConsentEvent.DetailMaxLength));
            t.HasCheckConstraint("CK_ConsentEvents_Actor_Length", LengthLimit.Check(nameof(ConsentEvent.Actor), ConsentEvent.ActorMaxLength));
        });
        builder.HasIndex(e => new { e.ContactId, e.At });
    }
}
