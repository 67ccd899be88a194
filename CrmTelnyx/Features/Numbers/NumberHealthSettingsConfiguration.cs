using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrmTelnyx.Features.Numbers;

public sealed class NumberHealthSettingsConfiguration : IEntityTypeConfiguration<NumberHealthSettings>
{
    public void Configure(EntityTypeBuilder<NumberHealthSettings> builder)
    {
        builder.ToTable("NumberHealthSettings");
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.MinimumDeliveryRatePercent).HasPrecision(5, 2);
        builder.Property(s => s.MaximumOptOutRatePercent).HasPrecision(5, 2);
        builder.Property(s => s.UpdatedBy).HasMaxLength(256);
        // The defaults are the row every installation starts with.
        builder.HasData(new NumberHealthSettings());
    }
}
