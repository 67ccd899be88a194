using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrmTelnyx.Features.Calls;

public sealed class CallLegConfiguration : IEntityTypeConfiguration<CallLeg>
{
    public void Configure(EntityTypeBuilder<CallLeg> builder)
    {
        builder.ToTable("CallLegs");
        builder.Property(l => l.CallControlId).HasMaxLength(128);
        builder.Property(l => l.CallLegId).HasMaxLength(128);
        builder.HasIndex(l => l.CallControlId).IsUnique();
        builder.HasIndex(l => l.CallId);
        builder.Property(l => l.Role).HasConversion<string>().HasMaxLength(16);
        builder.Property(l => l.To).HasMaxLength(32);
        builder.Property(l => l.AgentUserId).HasMaxLength(450);
        builder.Property(l => l.State).HasMaxLength(16);
        builder.Property(l => l.HangupCause).HasMaxLength(64);
        builder.Property(l => l.Cost).HasPrecision(18, 6);
    }
}
