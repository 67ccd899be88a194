using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrmTelnyx.Features.Billing.Ledger.Days;

public sealed class LedgerDayZoneConfiguration : IEntityTypeConfiguration<LedgerDayZone>
{
    public void Configure(EntityTypeBuilder<LedgerDayZone> builder)
    {
        builder.ToTable("LedgerDayZone");
        builder.Property(z => z.Id).ValueGeneratedNever();
        builder.Property(z => z.ZoneId).HasMaxLength(64);
    }
}
