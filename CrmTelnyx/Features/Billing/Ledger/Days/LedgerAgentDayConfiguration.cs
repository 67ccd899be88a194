using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrmTelnyx.Features.Billing.Ledger.Days;

public sealed class LedgerAgentDayConfiguration : IEntityTypeConfiguration<LedgerAgentDay>
{
    public void Configure(EntityTypeBuilder<LedgerAgentDay> builder)
    {
        builder.ToTable("LedgerAgentDays");
        // Agent first: the per-agent table reads it in agent order, an agent filter is a seek.
        builder.HasKey(d => new { d.AgentUserId, d.Day, d.Type, d.Direction });
        builder.Property(d => d.AgentUserId).HasMaxLength(450);
        builder.Property(d => d.Type).HasConversion<string>().HasMaxLength(16);
        builder.Property(d => d.Direction).HasMaxLength(16);
    }
}
