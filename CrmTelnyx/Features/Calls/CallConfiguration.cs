using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrmTelnyx.Features.Calls;

public sealed class CallConfiguration : IEntityTypeConfiguration<Call>
{
    public void Configure(EntityTypeBuilder<Call> builder)
    {
        builder.ToTable("Calls");
        builder.Property(c => c.CallControlId).HasMaxLength(128);
        builder.Property(c => c.CallSessionId).HasMaxLength(128);
        builder.Property(c => c.Direction).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.From).HasMaxLength(32);
        builder.Property(c => c.To).HasMaxLength(32);
        builder.Property(c => c.Status).HasMaxLength(16);
        builder.Property(c => c.Outcome).HasMaxLength(16);
        builder.Property(c => c.HangupCause).HasMaxLength(64);
        builder.Property(c => c.Error).HasMaxLength(500);
        builder.Property(c => c.AgentUserId).HasMaxLength(450);
        builder.Property(c => c.AgentPhone).HasMaxLength(32);
        builder.Property(c => c.Cost).HasPrecision(18, 6);
        builder.Property(c => c.AnsweringMachineResult).HasMaxLength(32);
        builder.Property(c => c.OptOutOverriddenBy).HasMaxLength(256);
        builder.Property(c => c.Disposition).HasMaxLength(100);
        builder.Property(c => c.HoldStep).HasMaxLength(64);
        builder.Property(c => c.MenuChoice).HasMaxLength(8);
        builder.Property(c => c.TransferredTo).HasMaxLength(128);
        builder.Property(c => c.Notes).HasMaxLength(4000);
        builder.HasMany(c => c.Legs).WithOne(l => l.Call).HasForeignKey(l => l.CallId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Recordings).WithOne(r => r.Call).HasForeignKey(r => r.CallId).OnDelete(DeleteBehavior.Cascade);
        // Per-number counts look calls up by the company's side of the call; history pages by time, per agent and contact.
        builder.HasIndex(c => new { c.From, c.StartedAt });
        builder.HasIndex(c => new { c.To, c.StartedAt });
        builder.HasIndex(c => c.StartedAt);
        builder.HasIndex(c => new { c.AgentUserId, c.StartedAt });
        builder.HasIndex(c => new { c.ContactId, c.StartedAt });
        // The settle job looks for calls still open.
        builder.HasIndex(c => new { c.Status, c.StartedAt });
    }
}
