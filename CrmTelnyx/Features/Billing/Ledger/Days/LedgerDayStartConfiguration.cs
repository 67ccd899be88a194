using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrmTelnyx.Features.Billing.Ledger.Days;

public sealed class LedgerDayStartConfiguration : IEntityTypeConfiguration<LedgerDayStart>
{
    public void Configure(EntityTypeBuilder<LedgerDayStart> builder)
    {
        builder.ToTable("LedgerDayStarts");
        // The trigger's lookup (last start at or before an instant) is one seek of this key.
        builder.HasKey(s => s.StartsAt);
    }
}
