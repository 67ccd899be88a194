using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrmTelnyx.Features.Calls;

public sealed class CallConfiguration : IEntityTypeConfiguration<Call>
{
    public void Configure(EntityTypeBuilder<Call> builder)
    {
        builder.ToTable("Calls");
        builder.Property(c => c.CallControlId).HasMaxLength(128);
        builder.HasIndex(c => c.CallControlId).IsUnique();
        builder.Property(c => c.CallSessionId).HasMaxLength(128);
        builder.Property(c => c.Direction).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.From).HasMaxLength(32);
        builder.Property(c => c.To).HasMaxLength(32);
        builder.Property(c => c.State).HasMaxLength(16);
        builder.Property(c => c.HangupCause).HasMaxLength(64);
        // Per-number counts look calls up by the company's side of the call.
        builder.HasIndex(c => new { c.From, c.StartedAt });
        builder.HasIndex(c => new { c.To, c.StartedAt });
    }
}
